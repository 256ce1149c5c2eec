/** The investigation: its deadline and the förlängningsbeslut that move it (C4, C48). */
@org.springframework.modulith.ApplicationModule(displayName = "Utredning")
package se.tillit.utredning;
