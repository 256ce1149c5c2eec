/**
 * The adapter to the Camunda 7 engine: engine settings, the bridge from Spring Security to the engine's
 * identity, the delegates and listeners that join the processes to the modules' use cases (docs/adr/0005), and the
 * engine's side of the ports other modules declare. The only module that imports {@code org.camunda}
 * (DESIGN decision 1, checked by ArchitectureTest), so a move to Operaton touches this module alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Motor")
package se.tillit.motor;
