package se.tillit.beslut;

public enum Beslutsutfall {
    BIFALL,
    DELVIS_BIFALL,
    AVSLAG;

    /** A favourable decision is executed at once and counts for ej verkställda beslut (C7). */
    public boolean gynnande() {
        return this != AVSLAG;
    }
}
