package se.tillit.journal;

/** What a journal note records; each has its name in the message files ({@code anteckningsslag.<NAME>}). */
public enum Anteckningsslag {
    SAMTAL,
    HEMBESOK,
    TELEFON,
    MOTE,
    INKOMMEN_HANDLING,
    UTGAENDE_HANDLING
}
