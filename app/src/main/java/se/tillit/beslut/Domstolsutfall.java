package se.tillit.beslut;

/**
 * The förvaltningsrätt's outcome of an appeal: granted (the decision is changed, a new decision follows), rejected, or
 * set aside (undanröjt, e.g. sent back for a new investigation). Names for people: {@code domstolsutfall.<name>}.
 */
public enum Domstolsutfall {
    BIFALLET,
    AVSLAGET,
    UNDANROJT
}
