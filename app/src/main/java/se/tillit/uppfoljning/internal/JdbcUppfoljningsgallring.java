package se.tillit.uppfoljning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.tillit.drift.Arendedagar;
import se.tillit.drift.Raderingar;
import se.tillit.uppfoljning.Uppfoljningsgallring;

@Repository
class JdbcUppfoljningsgallring implements Uppfoljningsgallring {

    private final JdbcClient jdbc;

    JdbcUppfoljningsgallring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden) {
        return Arendedagar.perArende(jdbc, """
                        select b.arende_id, max(greatest(u.genomford, (u.skapad at time zone 'Europe/Stockholm')::date)) as dag
                          from uppfoljning u join beslut b on b.id = u.beslut_id
                         where b.arende_id in (:ids) group by b.arende_id""", arenden);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera("uppfoljning", "delete from uppfoljning where beslut_id in (select id from beslut where arende_id in (:ids))",
                        arenden)
                .antal();
    }
}
