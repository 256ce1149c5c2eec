package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An ordered insats as the cost of a period needs it: the decision's insats, level and omfattning, the order
 * and its provider, when it was booked, executed and ended, its interruptions and, where recorded, attendance.
 *
 * @param bestallandeEnhet the authority unit that ordered it (the case's unit for orders older than V7)
 * @param bokad the day a place was booked for the person (bostad med särskild service), null if none is booked
 * @param verkstalld the day it started (move-in), null while not yet
 * @param slut the last day: the order closed or the decision's giltig tom, whichever is first; null while it runs
 * @param narvaro the days recorded as attended in the period
 */
public record BestalldInsats(
        UUID beslutId,
        String arendenummer,
        UUID personId,
        String insatstyp,
        Integer niva,
        String omfattning,
        String utforare,
        String utforartyp,
        String bestallandeEnhet,
        LocalDate bokad,
        LocalDate verkstalld,
        LocalDate slut,
        List<Avbrottstid> avbrott,
        Set<LocalDate> narvaro) {

    /** An interruption, {@code till} inclusive and null while it lasts. */
    public record Avbrottstid(LocalDate fran, LocalDate till) {}
}
