package se.tillit.barn;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A child's clocks' part of a gallring (issue 18, docs/adr/0024): the reporters' requests for information, the
 * follow-ups and the offers of support to a placed child's parents (R10) of cases a confirmed run found due. Their last entry is read by {@link Barnfrister#senasteAnteckning}.
 * They go before the decisions (a follow-up and an offer name their placement).
 */
public interface Barngallring {

    /** @return rows per kind (table), only kinds with rows; in the caller's transaction */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
