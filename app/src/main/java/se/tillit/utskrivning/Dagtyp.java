package se.tillit.utskrivning;

/** How the free days before payment are counted: every day, or Swedish working days only (lag 1930:173). */
public enum Dagtyp {
    KALENDERDAGAR,
    VARDAGAR
}
