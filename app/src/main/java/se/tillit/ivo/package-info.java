/**
 * Ej verkställda beslut (EVB) reported per quarter (SoL 34 kap. 1–3 §§, LSS 28 f–h §§): IVO's individual report
 * with a pseudonym in IVO's form, the de-identified report to the revisorer, the statistics report to
 * kommunfullmäktige and the särskild-avgift flag, from the records of the verkstallighet module; a submitted quarter
 * frozen as it was computed (C9, C36–C38, R22; docs/adr/0010).
 */
@org.springframework.modulith.ApplicationModule(displayName = "IVO-rapportering")
package se.tillit.ivo;
