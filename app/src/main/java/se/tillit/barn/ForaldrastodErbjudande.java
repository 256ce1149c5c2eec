package se.tillit.barn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The offer of a support contact to the parents of a child placed outside the home (R10, seed 001@c20445: within a
 * week of the placement; SoL 2025:400 22 kap. 10 §), one per placement.
 *
 * @param frist the last day, from the table barnfrister (FORALDRASTOD)
 * @param utfall null until recorded
 * @param datum the day it was offered, or found not possible or not needed; null until recorded
 * @param registrerad when it was recorded, which completed the task: "in time" counts by its Swedish day
 * @param bortfallen the placement's last day, when it ended before anything was recorded: nothing is due any more
 */
public record ForaldrastodErbjudande(
        UUID id,
        UUID placeringId,
        UUID arendeId,
        LocalDate frist,
        ForaldrastodUtfall utfall,
        LocalDate datum,
        OffsetDateTime registrerad,
        String registreradAv,
        LocalDate bortfallen) {

    /** Due and not yet recorded: the task waits for it. */
    public boolean vantar() {
        return utfall == null && bortfallen == null;
    }
}
