/**
 * Execution of favourable decisions: the order (beställning) to a provider, the date it was executed,
 * avbrott and resumption, and the record of a decision not executed within three months (R22, R23, C7, C21).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Verkställighet")
package se.tillit.verkstallighet;
