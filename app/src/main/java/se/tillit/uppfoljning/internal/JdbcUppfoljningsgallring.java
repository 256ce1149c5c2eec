package se.tillit.uppfoljning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.drift.Raderingar;
import se.tillit.uppfoljning.Uppfoljningsgallring;

/**
 * The follow-ups of the cases a gallring run removes. Which decisions a case has is the beslut module's to say
 * ({@link Beslutsregister#forArenden}): this module's SQL reads its own table only (docs/adr/0029).
 */
@Repository
@RequiredArgsConstructor
class JdbcUppfoljningsgallring implements Uppfoljningsgallring {

    private final JdbcClient jdbc;
    private final Beslutsregister beslut;

    @Override
    public Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden) {
        Map<UUID, UUID> arendeFor = arendePerBeslut(arenden);
        Map<UUID, LocalDate> dagar = new HashMap<>();
        if (arendeFor.isEmpty()) {
            return dagar;
        }
        jdbc.sql("""
                        select beslut_id, max(greatest(genomford, (skapad at time zone 'Europe/Stockholm')::date)) as dag
                          from uppfoljning where beslut_id in (:ids) group by beslut_id""").param("ids", arendeFor.keySet()).query(rs -> {
            dagar.merge(
                    arendeFor.get(rs.getObject("beslut_id", UUID.class)),
                    rs.getObject("dag", LocalDate.class),
                    (a, b) -> a.isAfter(b) ? a : b);
        });
        return dagar;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera(
                        "uppfoljning",
                        "delete from uppfoljning where beslut_id in (:ids)",
                        arendePerBeslut(arenden).keySet())
                .antal();
    }

    /** The cases' decisions, each with its case. */
    private Map<UUID, UUID> arendePerBeslut(Collection<UUID> arenden) {
        return beslut.forArenden(Set.copyOf(arenden)).stream().collect(Collectors.toMap(Beslut::id, Beslut::arendeId));
    }
}
