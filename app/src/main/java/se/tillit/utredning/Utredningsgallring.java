package se.tillit.utredning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The investigation's part of gallring (issue 18, docs/adr/0024): what it last recorded in each case, for the file's last
 * entry, and the destruction of its rows of cases a confirmed run found due.
 */
public interface Utredningsgallring {

    /**
     * Per case, the latest day the investigation recorded anything: its start and end, extensions, the document's
     * versions and signature, kommunicering and replies. A case without an investigation is left out.
     */
    Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden);

    /**
     * Deletes the investigations of the cases with everything under them. In the caller's transaction, which holds the
     * database's gallring grant for the cases (the document's tables refuse every other delete).
     *
     * @return rows per kind (table), only kinds with rows
     */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
