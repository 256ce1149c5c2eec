package se.tillit.verkstallighet;

/** Why an ej-verkställt record closed: executed, or for another reason (IVO's "avslutat av annan anledning"). */
public enum Stangningsorsak {
    /** The insats started (or was resumed): reported by the provider or the handläggare. */
    VERKSTALLT,
    /** The decision no longer applies: the need ended, a new decision replaced it. */
    BESLUTET_UPPHORT,
    AVLIDEN,
    /** The person moved to another municipality. */
    FLYTTAT,
    /** The person withdrew the application. */
    ATERKALLAT
}
