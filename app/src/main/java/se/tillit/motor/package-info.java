/**
 * The adapter to the Camunda 7 engine: engine settings, the bridge from Spring Security to the engine's
 * identity, and (later) delegates and listeners. The only module that imports {@code org.camunda}
 * (DESIGN decision 1, checked by ArchitectureTest), so a move to Operaton touches this module alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Motor")
package se.tillit.motor;
