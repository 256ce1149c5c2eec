package se.tillit.arende;

/** How a matter came to the social services (R01). */
public enum Aktualiseringstyp {
    ANSOKAN,
    ANMALAN,
    ANNAT_SATT
}
