package se.tillit.drift;

/**
 * The suppression rule of every statistical output (R61): a count of 0 is shown as "0", a count from 1 to 6 as "--" (so
 * few that a person could be identified), a missing count as "-". A figure computed from such a count (a share, an
 * average) is shown only where the count it rests on is shown. One rule, used by each export that leaves the unit.
 */
public final class Rojning {

    /** The smallest count shown as it is. */
    public static final long MINSTA_VISADE = 7;
    /** A count of 1–6. */
    public static final String ROJT = "--";
    /** No count at all. */
    public static final String SAKNAS = "-";

    private Rojning() {}

    /** The count as it may be shown: "0", "--" for 1–6, "-" for missing, else the number. */
    public static String antal(Long antal) {
        if (antal == null) {
            return SAKNAS;
        }
        if (antal > 0 && antal < MINSTA_VISADE) {
            return ROJT;
        }
        return Long.toString(antal);
    }

    /** Whether a figure resting on this count (its denominator) may be shown: only on a count shown as a number above 0. */
    public static boolean visas(Long underlag) {
        return underlag != null && underlag >= MINSTA_VISADE;
    }
}
