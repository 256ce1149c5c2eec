package se.tillit.lexsarah.internal;

/** What is reported (27 kap. 2 §; LSS 24 b §). */
enum Rapporttyp {
    /** A missförhållande that has happened. */
    MISSFORHALLANDE,
    /** A påtaglig risk för ett missförhållande: concrete and real, not remote. */
    PATAGLIG_RISK
}
