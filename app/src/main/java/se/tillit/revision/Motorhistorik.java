package se.tillit.revision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The engine's history of a case (history level FULL), for the auditor. */
public interface Motorhistorik {

    /** Every step of every process of the case, and every user operation on them, oldest first. */
    List<Historikrad> forArende(String arendenummer);

    /**
     * The steps of one kind that a decision's processes (the decision's own, its verkställighet and follow-ups) have
     * completed, not those cancelled, oldest first: when each ended and, for a user task, who completed it. A record
     * that keeps only its day learns here when it came about: the delgivning when
     * {@code motor.Beslutprocessen.RECEIVE_DELGIVNING} receives it.
     *
     * @param steg the step's element id in the model
     */
    List<Slutford> slutforda(String steg, UUID beslutId);

    /**
     * A completed step: when, and by whom for a user task (the user who completed it, else its assignee); null for
     * another step, and when neither is known.
     */
    record Slutford(OffsetDateTime klar, String vem) {}
}
