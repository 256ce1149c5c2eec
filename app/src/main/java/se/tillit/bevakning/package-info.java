/**
 * Deadlines: the working-day calendar, and (as the processes grow) reminders and escalations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bevakning")
package se.tillit.bevakning;
