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

    /** Which version of the price list answers, e.g. "internpris v2"; kept with a closed month. */
    default String version() {
        return "okänd";
    }

    /**
     * The price list as it is now, held still for a long computation: every question is answered by the same
     * version, and each distinct question is evaluated once (a month of 20 000 insatser asks a few hundred).
     */
    default Prislista ogonblicksbild() {
        return new MinnesPrislista(this);
    }
}
