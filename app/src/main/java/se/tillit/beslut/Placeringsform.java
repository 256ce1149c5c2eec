package se.tillit.beslut;

/** Where a child is placed outside the home: the forms seed 001 counts (R11). Names in the message files. */
public enum Placeringsform {
    FAMILJEHEM,
    KONSULENTSTOTT_FAMILJEHEM,
    /** Hem för vård eller boende, institution. */
    HVB,
    /** Stödboende (socialt stödboende) for young people 16–20. */
    STODBOENDE
}
