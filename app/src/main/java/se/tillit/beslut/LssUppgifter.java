package se.tillit.beslut;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The LSS register's data on a decision ({@link LssUppgift}): recorded by the handläggare, read by the statistics. */
public interface LssUppgifter {

    /** The latest recording for the decision, if any. */
    Optional<LssUppgift> senaste(UUID beslutId);

    /** The latest recording per decision, for those of the decisions that have one; the caller checks access. */
    Map<UUID, LssUppgift> senaste(Collection<UUID> beslutIds);

    /**
     * Records the data for a favourable LSS decision; a new recording replaces the current one, which is kept. The
     * caller has checked that the user is a handläggare of the case's unit.
     *
     * @throws se.tillit.fel.Valideringsfel with message keys per field: not a favourable LSS decision, personkrets
     *         outside 1–3, a kind of housing the insats does not have (or missing for housing), a municipality code
     *         that is not four digits or without a housing
     */
    LssUppgift registrera(
            UUID beslutId, int personkrets, LssUppgift.Boendeform boendeform, String boendekommun, String av);
}
