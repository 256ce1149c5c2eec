/**
 * Socialstyrelsen's individual statistics (issue 19, docs/adr/0026): the yearly LSS register (SOSFS 2005:21, every person
 * with a verkställt LSS decision on 1 October) and the monthly SoL collection on insatser for older people and people with
 * functional impairments (HSLF-FS 2016:86, bilaga 1 and 2), each as a checked file stored as generated and frozen when an
 * ADMIN registers it as submitted. The insatser map to the statistics codes through the DMN table {@code statistikkod}
 * ({@link se.tillit.statistik.Statistikkoder}, implemented in {@code motor}). Reads decisions, executions and persons
 * through their modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistik till Socialstyrelsen")
package se.tillit.statistik;
