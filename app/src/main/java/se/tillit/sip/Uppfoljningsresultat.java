package se.tillit.sip;

/** What a follow-up of the plan leads to. */
public enum Uppfoljningsresultat {
    /** A revised plan: a new version with a new follow-up date. */
    REVIDERA,
    /** The plan is done: the SIP is closed. */
    AVSLUTA
}
