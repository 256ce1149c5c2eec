package se.tillit.uppfoljning;

import java.time.LocalDate;
import java.util.UUID;

public interface Uppfoljningar {

    java.util.List<Uppfoljning> forBeslut(UUID beslutId);

    /** Plans the next follow-up of a decision; returns its id. */
    UUID planera(UUID beslutId, LocalDate planerad, String av);

    /**
     * A handläggare of the case's unit reports the decision's due follow-up (R15): the process records it
     * and plans the next one, or ends.
     */
    void rapportera(UUID beslutId, String resultat, String anteckning);

    /**
     * Records the follow-up's result, once.
     *
     * @param resultat FORTSATT, NYTT_BESLUT or AVSLUT
     * @param av who registered it: the user who completed the follow-up's task
     */
    void genomfor(UUID uppfoljningId, LocalDate genomford, String resultat, String anteckning, String av);
}
