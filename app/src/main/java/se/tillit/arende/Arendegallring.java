package se.tillit.arende;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The destruction of closed cases' own rows by a confirmed gallring run (issue 18, docs/adr/0024): the case, its
 * aktualiseringar with their förhandsbedömningar's extensions, and the requests for a decision (förvaltningslagen 12 §).
 * The other modules' rows of the cases go first (gallring calls them in order). In the caller's transaction, which holds
 * the database's gallring grant for the cases; nothing else may delete these rows.
 */
public interface Arendegallring {

    /**
     * Deletes the cases' rows; another case's reference to one of them (an aktualisering's earlier case, R14) is
     * cleared, since the case it named is gone.
     *
     * @return rows per kind (table), only kinds with rows
     */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
