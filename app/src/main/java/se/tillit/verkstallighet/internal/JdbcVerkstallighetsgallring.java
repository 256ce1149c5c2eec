package se.tillit.verkstallighet.internal;

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
import se.tillit.verkstallighet.Verkstallighetsgallring;

@Repository
@RequiredArgsConstructor
class JdbcVerkstallighetsgallring implements Verkstallighetsgallring {

    /** The decisions of the cases, as the orders and records name them. */
    private static final String BESLUT = "select id from beslut where arende_id in (:ids)";

    private static final String EJ_VERKSTALLT = "select id from ej_verkstallt where beslut_id in (" + BESLUT + ")";

    private final JdbcClient jdbc;

    @Override
    public Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden) {
        // greatest() skips nulls; times as the day in Sweden; a wished start is no entry
        return Arendedagar.perArende(jdbc, """
                        with b as (select id, arende_id from beslut where arende_id in (:ids))
                        select arende_id, max(dag) as dag from (
                          select b.arende_id, greatest((o.skapad at time zone 'Europe/Stockholm')::date, o.verkstalld, o.avslutad,
                                 o.plats_bokad, (o.accepterad at time zone 'Europe/Stockholm')::date) as dag
                            from bestallning o join b on b.id = o.beslut_id
                          union all
                          select b.arende_id, greatest(a.fran, a.till, (a.skapad at time zone 'Europe/Stockholm')::date)
                            from avbrott a join b on b.id = a.beslut_id
                          union all
                          select b.arende_id, n.dag from narvaro n join b on b.id = n.beslut_id
                          union all
                          select b.arende_id, (h.registrerad at time zone 'Europe/Stockholm')::date
                            from bestallning_hinder h join b on b.id = h.beslut_id
                          union all
                          select b.arende_id, greatest(g.faststalld, (g.registrerad at time zone 'Europe/Stockholm')::date)
                            from genomforandeplan g join b on b.id = g.beslut_id
                          union all
                          select b.arende_id, greatest(e.oppnad, e.stangd, (e.stangd_registrerad at time zone 'Europe/Stockholm')::date)
                            from ej_verkstallt e join b on b.id = e.beslut_id
                          union all
                          select b.arende_id, (s.registrerad at time zone 'Europe/Stockholm')::date
                            from ej_verkstallt_skal s join ej_verkstallt e on e.id = s.ej_verkstallt_id join b on b.id = e.beslut_id
                          union all
                          select b.arende_id, greatest(o.erbjudet, o.svar_datum, (o.skapad at time zone 'Europe/Stockholm')::date,
                                 (o.besvarat_registrerat at time zone 'Europe/Stockholm')::date)
                            from ej_verkstallt_erbjudande o join ej_verkstallt e on e.id = o.ej_verkstallt_id
                            join b on b.id = e.beslut_id
                        ) anteckningar group by arende_id""", arenden);
    }

    @Override
    public Set<UUID> pagaende(Collection<UUID> arenden) {
        if (arenden.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct b.arende_id from beslut b
                         where b.arende_id in (:ids)
                           and (exists (select 1 from bestallning o where o.beslut_id = b.id and o.tillstand <> 'AVSLUTAD')
                                or exists (select 1 from ej_verkstallt e where e.beslut_id = b.id and e.stangd is null))""")
                .param("ids", Set.copyOf(arenden))
                .query(UUID.class)
                .list());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera("genomforandeplan", "delete from genomforandeplan where beslut_id in (" + BESLUT + ")", arenden)
                .radera(
                        "bestallning_hinder",
                        "delete from bestallning_hinder where beslut_id in (" + BESLUT + ")",
                        arenden)
                .radera("bestallning", "delete from bestallning where beslut_id in (" + BESLUT + ")", arenden)
                .radera("narvaro", "delete from narvaro where beslut_id in (" + BESLUT + ")", arenden)
                .radera("avbrott", "delete from avbrott where beslut_id in (" + BESLUT + ")", arenden)
                .radera(
                        "ej_verkstallt_erbjudande",
                        "delete from ej_verkstallt_erbjudande where ej_verkstallt_id in (" + EJ_VERKSTALLT + ")",
                        arenden)
                .radera(
                        "ej_verkstallt_skal",
                        "delete from ej_verkstallt_skal where ej_verkstallt_id in (" + EJ_VERKSTALLT + ")",
                        arenden)
                .radera("ej_verkstallt", "delete from ej_verkstallt where beslut_id in (" + BESLUT + ")", arenden)
                .antal();
    }
}
