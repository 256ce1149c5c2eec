package se.tillit.beslut;

/**
 * Why an insats ended before or at the end of its decision (the avslut of an insats). Names for people:
 * {@code insatsslut.<NAME>}.
 */
public enum Insatsslut {
    /** The person moved to another municipality. */
    FLYTTAT,
    AVLIDEN,
    /** The person declined the insats or no longer wants it. */
    AVBOJT,
    /** The need is gone (a follow-up found the goals reached). */
    BEHOVET_UPPHORT,
    /** The decision's period ended. */
    PERIODEN_SLUT,
    /** A new decision replaces this one. */
    NYTT_BESLUT
}
