package se.tillit.pris;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One executed (or booked) insats as the cost of a month needs it.
 *
 * @param insats the insats code, level and scope of the decision (the day is ignored)
 * @param bokad the day the provider received the order for a booked place: from then until move-in a
 *        bostad med särskild service is paid at level 1 (tomdygnsersättning, R24); null if not booked
 * @param fran the first day of verkställighet (the move-in for housing); null while not started
 * @param tom the last day (the decision's end or the order's closing), null while it runs
 * @param avbrott interruptions; their days are not paid (ADR 0007)
 * @param narvaro for egen-regi daily activity the attended days only (R26); null where attendance does not count
 * @param beviljat the granted hours of an hourly insats, from the decision's omfattning; null if it names none
 * @param utfordaTimmar performed hours of the month imported from time registration (R28); null if none
 */
public record Insatsperiod(
        Prisfraga insats,
        LocalDate bokad,
        LocalDate fran,
        LocalDate tom,
        List<Uppehall> avbrott,
        Set<LocalDate> narvaro,
        Timomfattning beviljat,
        BigDecimal utfordaTimmar) {

    public Insatsperiod {
        avbrott = avbrott == null ? List.of() : List.copyOf(avbrott);
        narvaro = narvaro == null ? null : Set.copyOf(narvaro);
    }

    /** An insats running from {@code fran} to {@code tom} with nothing else to consider. */
    public static Insatsperiod lopande(Prisfraga insats, LocalDate fran, LocalDate tom) {
        return new Insatsperiod(insats, null, fran, tom, List.of(), null, null, null);
    }

    /** An interruption from {@code fran} up to and including {@code till}; {@code till} null while it lasts. */
    public record Uppehall(LocalDate fran, LocalDate till) {

        boolean omfattar(LocalDate dag) {
            return !dag.isBefore(fran) && (till == null || !dag.isAfter(till));
        }
    }
}
