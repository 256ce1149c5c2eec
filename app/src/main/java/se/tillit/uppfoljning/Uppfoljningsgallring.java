package se.tillit.uppfoljning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The yearly follow-ups' part of gallring (issue 18, docs/adr/0024): the latest follow-up recorded in each case, and the
 * destruction of the follow-ups of cases a confirmed run found due.
 */
public interface Uppfoljningsgallring {

    /**
     * Per case, the latest day a follow-up of its decisions was planned or made (the day it was recorded, and the day it
     * was made; a planned day in the future is no entry). A case without any is left out.
     */
    Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden);

    /** @return rows per kind (table), only kinds with rows; in the caller's transaction */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
