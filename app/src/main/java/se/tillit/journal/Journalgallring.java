package se.tillit.journal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The journal's part of a gallring (issue 18, docs/adr/0024): the notes and their attachments of cases a confirmed run
 * found due. Their last entry is read by {@link Journal#senasteAnteckning}.
 */
public interface Journalgallring {

    /**
     * Deletes the cases' notes and attachments. In the caller's transaction, which holds the database's gallring grant
     * for the cases: the journal refuses every other delete.
     *
     * @return rows per kind (table), only kinds with rows
     */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
