/**
 * Pages that read across modules: the start page, the case page and its steps, the decision page, the person page, the
 * search, the provider's order pages, the chef's overdue view ({@code /forsenat}) and the auditor's search and history
 * ({@code /revision}). They use each module's public API and log every read of a case (revision). docs/adr/0006.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Översikt")
package se.tillit.oversikt;
