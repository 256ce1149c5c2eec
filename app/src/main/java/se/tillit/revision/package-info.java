/**
 * The audit trail: the access log of every read, search, export and refused attempt on a case or a person's data
 * (C55), append-only and sealed into a hash chain the auditor checks ({@code /revision/kedja}, docs/adr/0022), its rows
 * pseudonymised when gallring destroys a file (docs/adr/0024), and the chef's review of the unit's log
 * ({@code /atkomstlogg}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Revision")
package se.tillit.revision;
