/**
 * E-mail: reminders before deadlines and escalations to the chef, sent after the causing transaction
 * commits, from the outbox, at least once and never twice for the same event; no personal data in them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifiering")
package se.tillit.notifiering;
