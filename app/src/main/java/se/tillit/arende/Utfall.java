package se.tillit.arende;

/** What an aktualisering led to (R01, R02). */
public enum Utfall {
    LEDER_TILL_UTREDNING,
    LEDER_INTE_TILL_UTREDNING
}
