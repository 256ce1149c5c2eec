package se.tillit.sip;

/** Where the SIP meeting is held; mainly in the home (002@c199598). */
public enum Motesplats {
    HEMMET,
    KOMMUNEN,
    REGIONEN,
    VIDEO
}
