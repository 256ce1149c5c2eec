/**
 * The case (ärende): aktualisering (ansökan, anmälan, annat sätt), its outcome, linking to a recently
 * closed case (R14), and avslut.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ärende")
package se.tillit.arende;
