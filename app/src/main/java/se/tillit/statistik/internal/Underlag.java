package se.tillit.statistik.internal;

import java.time.LocalDate;
import java.util.UUID;
import se.tillit.beslut.LssUppgift;

/**
 * One executed decision as the statistics read it, from the decision (insats, lagrum, omfattning), its order (the day it
 * started, the day it ended: the order closed, the insats ended or the decision's giltig tom, whichever is first) and, for
 * LSS, the register's data recorded on the decision.
 *
 * @param enhet the unit that ordered it (whose chef sees the decision's errors)
 * @param lag LSS or SOL, from the decision's lagrum
 * @param verkstalld the day the insats started; null while not started
 * @param slut the last day it ran; null while it runs
 * @param lss the LSS register's data, null when none is recorded (or for SoL)
 */
record Underlag(
        UUID beslutId,
        String arendenummer,
        String enhet,
        UUID personId,
        String insatstyp,
        String lag,
        String paragraf,
        String omfattning,
        LocalDate beslutsdatum,
        LocalDate verkstalld,
        LocalDate slut,
        LssUppgift lss) {

    /** Started on or before the day and not ended before it. */
    boolean pagar(LocalDate dag) {
        return verkstalld != null && !verkstalld.isAfter(dag) && (slut == null || !slut.isBefore(dag));
    }
}
