/**
 * Users, roles, units (enheter) and authorization. A role is held in a unit; the logged-in user's
 * roles per unit are given by {@link se.tillit.sakerhet.AktuellAnvandare}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Säkerhet")
package se.tillit.sakerhet;
