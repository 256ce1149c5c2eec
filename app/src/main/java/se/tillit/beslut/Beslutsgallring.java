package se.tillit.beslut;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The decisions' part of a gallring (issue 18, docs/adr/0024): the destruction of the decisions of cases a confirmed run
 * found due, with their letters as sent, appeals, placements and their reviews, individuella planer, the ends of insatser
 * and the proposals waiting for a chef. Their last entry is read by {@link Beslutsregister#senasteAnteckning}. The
 * provider's, the follow-up's and the costs' rows of the decisions go first (gallring calls those modules before this).
 */
public interface Beslutsgallring {

    /**
     * Deletes the cases' decision rows. In the caller's transaction, which holds the database's gallring grant for the
     * cases (the letters refuse every other delete). A later decision in another case that a court's judgment led to keeps
     * its own rows; only its appeal's link to the destroyed decision is cleared.
     *
     * @return rows per kind (table), only kinds with rows
     */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
