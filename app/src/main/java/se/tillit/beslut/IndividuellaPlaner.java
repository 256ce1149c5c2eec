package se.tillit.beslut;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The LSS individuell plan of a decision (LSS 10 §, R21, C1 item 10). Every write is a handläggare's of the case's unit
 * (to anyone else the decision does not exist) and is refused with a {@link se.tillit.fel.Valideringsfel} when the
 * plan is not in the state the step needs; nothing is then saved.
 */
public interface IndividuellaPlaner {

    /** The person asks for a plan of a favourable LSS decision: the unit's task "Upprätta individuell plan" starts. */
    IndividuellPlan begar(UUID beslutId, LocalDate begard);

    /** The plan was drawn up with the person on the day: its yearly review is due a year on. */
    IndividuellPlan registreraUpprattad(UUID beslutId, LocalDate datum);

    /** The plan was reviewed on the day: the next review is due a year on. */
    IndividuellPlan registreraOmprovning(UUID beslutId, LocalDate datum);

    /** The person declines the plan or withdraws the request: the plan's process ends. */
    IndividuellPlan avsluta(UUID beslutId, LocalDate datum, IndividuellPlan.Avslutsorsak orsak);

    /** The decision's latest plan, going on or ended. Not checked: the caller shows it to a reader of the case. */
    Optional<IndividuellPlan> forBeslut(UUID beslutId);
}
