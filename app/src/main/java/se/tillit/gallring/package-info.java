/**
 * Gallring (issue 18): when a person's file may be destroyed by the law, with the rules as data (DMN {@code gallring},
 * each row naming its provision: SoL 2025:400 16 kap., LSS 21 c–d §§, socialtjänstförordningen 2025:468 13 kap. 1 §);
 * the legal hold (gallringsstopp); the monthly proposal that two administrators confirm; the destruction of the due
 * files, one transaction per person, through each owning module's API and the port {@link se.tillit.gallring.Arendespar}
 * (docs/adr/0024); and the gallring report, which is kept and says what was destroyed. Reads the files through the
 * owning modules' APIs, never their tables (docs/adr/0023).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gallring")
package se.tillit.gallring;
