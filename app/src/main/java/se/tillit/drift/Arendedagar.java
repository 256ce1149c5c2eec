package se.tillit.drift;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A day per case read by one query of a module's own tables (issue 18: the latest entry of each case, for gallring). The
 * query binds the cases as {@code :ids} and answers the columns {@code arende_id} and {@code dag}; a case it leaves out
 * has no such day. Used by each module on its own tables only, as {@link Raderingar}.
 */
public final class Arendedagar {

    private Arendedagar() {}

    public static Map<UUID, LocalDate> perArende(JdbcClient jdbc, String sql, Collection<UUID> arenden) {
        Map<UUID, LocalDate> dagar = new HashMap<>();
        if (arenden.isEmpty()) {
            return dagar;
        }
        jdbc.sql(sql).param("ids", Set.copyOf(arenden)).query(rs -> {
            dagar.put(rs.getObject("arende_id", UUID.class), rs.getObject("dag", LocalDate.class));
        });
        return dagar;
    }
}
