package se.tillit.drift;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deletes of one gallring step of a module, counted per kind of row (issue 18): each delete names its kind (its table,
 * e.g. {@code journalanteckning}) and binds the ids as {@code :ids}; the count is what the gallring report shows. Children
 * first, so that no foreign key stands in the way. Used by each module on its own tables only.
 */
@RequiredArgsConstructor
public final class Raderingar {

    private final JdbcClient jdbc;
    private final Map<String, Integer> antal = new LinkedHashMap<>();

    /** Runs the statement with the ids as {@code :ids} (nothing when there are none) and counts its rows as the kind. */
    public Raderingar radera(String slag, String sql, Collection<?> ids) {
        if (!ids.isEmpty()) {
            rakna(slag, jdbc.sql(sql).param("ids", ids).update());
        }
        return this;
    }

    /** Counts rows removed another way (the engine's history, a rewritten row) as the kind. */
    public Raderingar rakna(String slag, int rader) {
        if (rader > 0) {
            antal.merge(slag, rader, Integer::sum);
        }
        return this;
    }

    /** The rows per kind, in the order deleted; only kinds with rows. */
    public Map<String, Integer> antal() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(antal));
    }
}
