/**
 * Deadlines: the Swedish working-day calendar, and the reminder event ({@link se.tillit.bevakning.FristPaminnelse}) the
 * processes' reminder timers publish and the notifiering module sends as e-mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bevakning")
package se.tillit.bevakning;
