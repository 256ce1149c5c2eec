package se.tillit.pris;

/** The internal price list (the DMN tables {@code internpris} and {@code omfattning}, latest deployed version). */
public interface Prislista {

    /** @throws PrisSaknas when no row covers the question */
    Pris pris(Prisfraga fraga);

    /**
     * The scope of daily activity for hours per week (R27).
     *
     * @throws se.tillit.fel.Valideringsfel for hours outside or between the bands, which are not guessed
     */
    String omfattning(double timmarPerVecka);
}
