package se.tillit.beslut;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A child's placements (R11, issue 17): made by a placement decision, reviewed every six months, ended. */
public interface Placeringar {

    /** The placement a decision made; who may read it is the caller's check. */
    Optional<Placering> forBeslut(UUID beslutId);

    /** The case's placements, oldest first; who may read them is the caller's check. */
    List<Placering> forArende(UUID arendeId);

    Optional<Placering> hitta(UUID placeringId);

    /**
     * A handläggare of the unit records a six-month review (22 kap. 13 §): the day it was made and whether the care is
     * still needed as it is. The process's review task is done with it, and the next is due six months later.
     *
     * @throws se.tillit.fel.Valideringsfel an ended placement, a day before the placement or the latest review, or in
     *         the future
     */
    Registrering overvag(UUID placeringId, LocalDate datum, boolean fortsatt);

    /**
     * A handläggare of the unit ends the placement (the decision's page): the day and why ({@link Placeringsavslut#ANNAN}
     * with a text). The reviews stop and the follow-up after the placement starts. The same end again is
     * {@link Registrering#REDAN_REGISTRERAD}; another one is refused.
     */
    Registrering avsluta(UUID beslutId, LocalDate avslutad, Placeringsavslut orsak, String text);

    /** The reasons a placement may end, in the order the form offers them. */
    default List<Placeringsavslut> avslutsorsaker() {
        return List.of(Placeringsavslut.values());
    }
}
