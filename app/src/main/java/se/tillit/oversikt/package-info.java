/**
 * Pages that read across modules: the case page today, the chef's overdue view next. They use each
 * module's public API and log every read of a case (revision). docs/adr/0006.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Översikt")
package se.tillit.oversikt;
