package se.tillit.sip.internal;

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
import se.tillit.sip.Sipgallring;

@Repository
@RequiredArgsConstructor
class JdbcSipgallring implements Sipgallring {

    private static final String SIPAR = "select id from sip where arende_id in (:ids)";

    private final JdbcClient jdbc;

    @Override
    public Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden) {
        // greatest() skips nulls; times as the day in Sweden; a planned meeting or follow-up day is no entry
        return Arendedagar.perArende(jdbc, """
                        with s as (select id, arende_id from sip where arende_id in (:ids))
                        select arende_id, max(dag) as dag from (
                          select p.arende_id, greatest(p.begard, p.onskan_datum, p.avslutad, (p.skapad at time zone 'Europe/Stockholm')::date) as dag
                            from sip p where p.arende_id in (:ids)
                          union all
                          select s.arende_id, greatest(x.givet, x.aterkallat, (x.skapad at time zone 'Europe/Stockholm')::date)
                            from sip_samtycke x join s on s.id = x.sip_id
                          union all
                          select s.arende_id, greatest(x.skickad, (x.skapad at time zone 'Europe/Stockholm')::date)
                            from sip_kallelse x join s on s.id = x.sip_id
                          union all
                          select s.arende_id, greatest(x.datum, (x.skapad at time zone 'Europe/Stockholm')::date,
                                 (x.region_rapporterat at time zone 'Europe/Stockholm')::date)
                            from sip_mote x join s on s.id = x.sip_id
                          union all
                          select s.arende_id, (x.rapporterad at time zone 'Europe/Stockholm')::date
                            from sip_region_del x join s on s.id = x.sip_id
                          union all
                          select s.arende_id, greatest(x.upprattad, (x.skapad at time zone 'Europe/Stockholm')::date)
                            from sip_plan x join s on s.id = x.sip_id
                          union all
                          select s.arende_id, greatest(x.genomford, (x.skapad at time zone 'Europe/Stockholm')::date)
                            from sip_uppfoljning x join s on s.id = x.sip_id
                          union all
                          select s.arende_id, (x.rapporterad at time zone 'Europe/Stockholm')::date
                            from regional_insats x join s on s.id = x.sip_id
                        ) anteckningar group by arende_id""", arenden);
    }

    @Override
    public Set<UUID> pagaende(Collection<UUID> arenden) {
        if (arenden.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("select distinct arende_id from sip where arende_id in (:ids) and steg <> 'AVSLUTAD'")
                        .param("ids", Set.copyOf(arenden))
                        .query(UUID.class)
                        .list());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera("regional_insats", "delete from regional_insats where sip_id in (" + SIPAR + ")", arenden)
                .radera("sip_uppfoljning", "delete from sip_uppfoljning where sip_id in (" + SIPAR + ")", arenden)
                .radera("sip_plan", "delete from sip_plan where sip_id in (" + SIPAR + ")", arenden)
                .radera("sip_region_del", "delete from sip_region_del where sip_id in (" + SIPAR + ")", arenden)
                .radera("sip_mote", "delete from sip_mote where sip_id in (" + SIPAR + ")", arenden)
                .radera("sip_kallelse", "delete from sip_kallelse where sip_id in (" + SIPAR + ")", arenden)
                .radera("sip_samtycke", "delete from sip_samtycke where sip_id in (" + SIPAR + ")", arenden)
                .radera("sip", "delete from sip where arende_id in (:ids)", arenden)
                .antal();
    }

    @Override
    public boolean namnerPerson(UUID personId) {
        return jdbc.sql("""
                        select exists (select 1 from sip where person_id = :p)
                            or exists (select 1 from regional_insats where person_id = :p)""").param("p", personId).query(Boolean.class).single();
    }
}
