package se.tillit.arende;

/** The case types (areas); the deadline table utredningsfrist has one row per type. */
public enum Arendetyp {
    /** Barn och unga 0–20 år. */
    BARN_OCH_UNGA,
    /** Vuxen, missbruk. */
    VUXEN,
    EKONOMISKT_BISTAND,
    LSS,
    SOL_FUNKTIONSNEDSATTNING,
    SOL_ALDRE
}
