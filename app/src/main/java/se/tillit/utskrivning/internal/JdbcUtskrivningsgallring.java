package se.tillit.utskrivning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Arendedagar;
import se.tillit.drift.Raderingar;
import se.tillit.utskrivning.Utskrivningsgallring;

@Repository
@RequiredArgsConstructor
class JdbcUtskrivningsgallring implements Utskrivningsgallring {

    private static final String UTSKRIVNINGAR = "select id from utskrivning where arende_id in (:ids)";

    private final JdbcClient jdbc;

    @Override
    public Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden) {
        return Arendedagar.perArende(jdbc, """
                        with u as (select id, arende_id, vardtillfalle from utskrivning where arende_id in (:ids))
                        select arende_id, max(dag) as dag from (
                          select u.arende_id, greatest((x.inskriven at time zone 'Europe/Stockholm')::date, x.beraknad_utskrivning,
                                 (x.sip_kallelse at time zone 'Europe/Stockholm')::date, (x.sip_mote at time zone 'Europe/Stockholm')::date,
                                 (x.utskriven at time zone 'Europe/Stockholm')::date, (x.avbruten at time zone 'Europe/Stockholm')::date,
                                 (x.skapad at time zone 'Europe/Stockholm')::date) as dag
                            from utskrivning x join u on u.id = x.id
                          union all
                          select u.arende_id, greatest((p.mottagen at time zone 'Europe/Stockholm')::date,
                                 (p.upphorde at time zone 'Europe/Stockholm')::date)
                            from utskrivningsklar_period p join u on u.id = p.utskrivning_id
                          union all
                          select u.arende_id, (m.mottagen at time zone 'Europe/Stockholm')::date
                            from utskrivningsmeddelande m join u on u.vardtillfalle = m.vardtillfalle
                        ) anteckningar group by arende_id""", arenden);
    }

    @Override
    public Set<UUID> pagaende(Collection<UUID> arenden) {
        if (arenden.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct arende_id from utskrivning
                         where arende_id in (:ids) and status in ('INSKRIVEN', 'UTSKRIVNINGSKLAR')""")
                .param("ids", Set.copyOf(arenden))
                .query(UUID.class)
                .list());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera(
                        "utskrivningsmeddelande",
                        "delete from utskrivningsmeddelande where vardtillfalle in "
                                + "(select vardtillfalle from utskrivning where arende_id in (:ids))",
                        arenden)
                .radera(
                        "utskrivningsklar_period",
                        "delete from utskrivningsklar_period where utskrivning_id in (" + UTSKRIVNINGAR + ")",
                        arenden)
                .radera("utskrivning", "delete from utskrivning where arende_id in (:ids)", arenden)
                .antal();
    }
}
