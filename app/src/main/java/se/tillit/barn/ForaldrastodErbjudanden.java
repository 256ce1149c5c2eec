package se.tillit.barn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.tillit.beslut.Registrering;

/**
 * R10 (seed 001@c20445): a child's placement outside the home gives the parents an offer of a support contact within a
 * week; the duty is SoL (2025:400) 22 kap. 10 §, the week the local target. processes/barnplacering.bpmn computes the
 * deadline and keeps the task; the outcome is recorded here, on the case's children page.
 */
public interface ForaldrastodErbjudanden {

    /** The offers of the case's placements, oldest first; who may read them is the caller's check. */
    List<ForaldrastodErbjudande> forArende(UUID arendeId);

    Optional<ForaldrastodErbjudande> forPlacering(UUID placeringId);

    /**
     * The process has computed the deadline of a new placement's offer (table barnfrister): it is due by {@code frist}.
     * The same placement again changes nothing.
     */
    void bevaka(UUID placeringId, UUID arendeId, String enhet, LocalDate frist);

    /**
     * A handläggare of the unit records the outcome and the day; the process's task is done with it. The same outcome
     * and day again is {@link Registrering#REDAN_REGISTRERAD}.
     *
     * @throws se.tillit.fel.Valideringsfel no day or outcome, or a day before the placement (or its registration) or in
     *         the future
     * @throws se.tillit.fel.Konflikt (its message a message key) another outcome is already recorded, the placement
     *         ended before the offer, or the placement has no offer (registered before R10 was built)
     */
    Registrering registrera(UUID placeringId, LocalDate datum, ForaldrastodUtfall utfall);

    /**
     * The indicator R10 for a period and a unit ({@code null}: every unit): the offers whose last day falls in the period,
     * and of them those recorded by that day (Swedish time). An offer whose placement ended on or before its last day
     * with nothing recorded was no longer due and is left out.
     */
    Tidshallning tidshallning(LocalDate fran, LocalDate tom, String enhet);

    /** @param iTid recorded by the last day; @param forfallna due in the period */
    record Tidshallning(long iTid, long forfallna) {}
}
