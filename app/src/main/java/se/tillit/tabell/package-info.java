/**
 * The decision tables (DMN) as an administrator maintains them (R25): which version of each table is in
 * use and who deployed it, and the upload of a new version, checked first, deployed by the engine
 * ({@link se.tillit.tabell.Tabellmotor}, implemented in {@code motor}) and logged in {@code tabellversion}
 * in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beslutstabeller")
package se.tillit.tabell;
