package se.tillit.sip;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SIP's part of gallring (issue 18, docs/adr/0024). A SIP requested within a case is part of that case's file: read
 * for its last entry, in use while it goes on, destroyed with it, with the region's insatser reported on it. A SIP outside
 * any case, and the region's insatser reported on none, are the person's own: nothing gallrar them yet (the table has no
 * row for them), and they keep the person row.
 */
public interface Sipgallring {

    /** Per case, the latest day its SIPs recorded anything. A case without a SIP is left out. */
    Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden);

    /** The cases with a SIP not ended: their file is in use. */
    Set<UUID> pagaende(Collection<UUID> arenden);

    /** @return rows per kind (table), only kinds with rows; in the caller's transaction */
    Map<String, Integer> gallra(Collection<UUID> arenden);

    /** Whether a SIP or a regional insats of the person is left (outside any case): then the person row stays. */
    boolean namnerPerson(UUID personId);
}
