package se.tillit.nyckeltal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.barn.ForaldrastodErbjudanden;

/**
 * The indicators computed from the records for a period and a unit ({@code *}: every unit). Each is a numerator
 * and a denominator per group, so a share or an average can be recomputed, summed over units, or frozen as is.
 * Read-only SQL over the tables of arende, utredning, beslut (with placering), verkstallighet and uppfoljning (ADR 12);
 * R10 through the barn module's API ({@link ForaldrastodErbjudanden#tidshallning}), which counts in its own table.
 */
@Component
@RequiredArgsConstructor
class Nyckeltalsberakning {

    static final String ALLA = "*";

    /** One indicator's figures for a group ("" where it has none, else e.g. the case type). */
    record Varde(Nyckeltal nyckeltal, String grupp, BigDecimal taljare, BigDecimal namnare) {}

    private final JdbcClient jdbc;
    private final ForaldrastodErbjudanden foraldrastod;

    List<Varde> berakna(LocalDate fran, LocalDate tom, String enhet) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("fran", fran)
                .addValue("tom", tom)
                .addValue("alla", ALLA.equals(enhet))
                .addValue("enhet", enhet)
                .addValue("arsStart", LocalDate.of(tom.getYear(), 1, 1));
        List<Varde> varden = new ArrayList<>();
        // R06: finished in the period, within the deadline in force (a lawful förlängning moves it)
        lagg(varden, Nyckeltal.UTREDNING_INOM_FRIST, """
                select a.arendetyp as grupp, count(*) filter (where u.avslutad <= u.frist) as taljare, count(*) as namnare
                  from utredning u join arende a on a.id = u.arende_id
                 where u.avslutad between :fran and :tom and (:alla or a.enhet_kod = :enhet)
                 group by a.arendetyp""", p);
        // C40: decided (utfall) in the period, within 14 days of coming in (Swedish dates)
        lagg(varden, Nyckeltal.FORHANDSBEDOMNING_INOM_14_DAGAR, """
                select '' as grupp,
                       count(*) filter (where (k.utfall_registrerat at time zone 'Europe/Stockholm')::date
                                              <= (k.inkom at time zone 'Europe/Stockholm')::date + 14) as taljare,
                       count(*) as namnare
                  from aktualisering k join arende a on a.id = k.arende_id
                 where (k.utfall_registrerat at time zone 'Europe/Stockholm')::date between :fran and :tom
                   and (:alla or a.enhet_kod = :enhet)""", p);
        lagg(varden, Nyckeltal.BARNUTREDNING_INOM_4_MANADER, """
                select '' as grupp, count(*) filter (where u.avslutad <= u.inledd + interval '4 months') as taljare,
                       count(*) as namnare
                  from utredning u join arende a on a.id = u.arende_id
                 where a.arendetyp = 'BARN_OCH_UNGA' and u.avslutad between :fran and :tom
                   and (:alla or a.enhet_kod = :enhet)""", p);
        // past four months during the period: finished late in it, or still open at its end beyond four months
        lagg(varden, Nyckeltal.BARNUTREDNING_OVER_4_MANADER_FORLANGD, """
                select '' as grupp,
                       count(*) filter (where exists (select 1 from forlangning f where f.utredning_id = u.id
                                                         and f.beslutsdatum <= :tom)) as taljare,
                       count(*) as namnare
                  from utredning u join arende a on a.id = u.arende_id
                 where a.arendetyp = 'BARN_OCH_UNGA' and (:alla or a.enhet_kod = :enhet)
                   and u.inledd + interval '4 months' < coalesce(u.avslutad, :tom + 1)
                   and u.inledd + interval '4 months' <= :tom
                   and (u.avslutad is null or u.avslutad >= :fran)""", p);
        // R16: executed, in force at the period's end; followed up between 1 January and the period's end
        lagg(varden, Nyckeltal.BESLUT_UPPFOLJDA_UNDER_ARET, """
                select '' as grupp,
                       count(*) filter (where exists (select 1 from uppfoljning f where f.beslut_id = b.id
                                                         and f.genomford between :arsStart and :tom)) as taljare,
                       count(*) as namnare
                  from beslut b join bestallning o on o.beslut_id = b.id join arende a on a.id = b.arende_id
                 where b.utfall <> 'AVSLAG' and o.verkstalld <= :tom
                   and (o.avslutad is null or o.avslutad > :tom) and (b.giltig_tom is null or b.giltig_tom >= :tom)
                   and (:alla or a.enhet_kod = :enhet)""", p);
        // T03: ran out in the period; reconsidered = a later decision on the same insats made by its last day
        lagg(varden, Nyckeltal.TIDSBEGRANSADE_OMPROVADE_I_TID, """
                select '' as grupp,
                       count(*) filter (where exists (select 1 from beslut ny where ny.arende_id = b.arende_id
                                                         and ny.insatstyp = b.insatstyp and ny.id <> b.id
                                                         and ny.skapad > b.skapad and ny.beslutsdatum <= b.giltig_tom)) as taljare,
                       count(*) as namnare
                  from beslut b join arende a on a.id = b.arende_id
                 where b.utfall <> 'AVSLAG' and b.giltig_tom between :fran and :tom and (:alla or a.enhet_kod = :enhet)""", p);
        lagg(varden, Nyckeltal.ATERAKTUALISERADE_INOM_365_DAGAR, """
                select '' as grupp, count(*) filter (where k.tidigare_arende_id is not null) as taljare, count(*) as namnare
                  from aktualisering k join arende a on a.id = k.arende_id
                 where (k.inkom at time zone 'Europe/Stockholm')::date between :fran and :tom
                   and (:alla or a.enhet_kod = :enhet)""", p);
        lagg(varden, Nyckeltal.DAGAR_FRAN_BESLUT_TILL_VERKSTALLIGHET, """
                select '' as grupp, coalesce(sum(o.verkstalld - b.beslutsdatum), 0) as taljare, count(*) as namnare
                  from beslut b join bestallning o on o.beslut_id = b.id join arende a on a.id = b.arende_id
                 where o.verkstalld between :fran and :tom and (:alla or a.enhet_kod = :enhet)""", p);
        // Kolada U28418: the same, for bostad med särskild service for adults (LSS 9 § 9) alone: in total ("") and per
        // the person's sex (K, M), as Kolada splits it
        lagg(varden, Nyckeltal.VERKSTALLIGHET_LSS_BOSTAD, """
                select coalesce(p.kon, '') as grupp, coalesce(sum(o.verkstalld - b.beslutsdatum), 0) as taljare,
                       count(*) as namnare
                  from beslut b join bestallning o on o.beslut_id = b.id join arende a on a.id = b.arende_id
                  join person p on p.id = a.person_id
                 where b.insatstyp = 'LSS_BOSTAD_SARSKILD_SERVICE' and o.verkstalld between :fran and :tom
                   and (:alla or a.enhet_kod = :enhet)
                 group by grouping sets ((p.kon), ())
                having count(*) > 0""", p);
        // R11: children's placements ended in the period, their care days (from the first day to the last) per form
        lagg(varden, Nyckeltal.PLACERINGSDYGN_PER_FORM, """
                select p.placeringsform as grupp, coalesce(sum(p.avslutad - p.placerad_fran + 1), 0) as taljare,
                       count(*) as namnare
                  from placering p join arende a on a.id = p.arende_id
                 where p.avslutad between :fran and :tom and (:alla or a.enhet_kod = :enhet)
                 group by p.placeringsform""", p);
        // R19: every plan (not a sample) first set in the period; its version in force shows whether and how (R18)
        lagg(varden, Nyckeltal.GENOMFORANDEPLANER_MED_DELAKTIGHET, """
                select '' as grupp,
                       count(*) filter (where g.deltog in ('JA', 'DELVIS') and cardinality(g.hur) > 0) as taljare,
                       count(*) as namnare
                  from genomforandeplan p join beslut b on b.id = p.beslut_id join arende a on a.id = b.arende_id
                  join lateral (select x.deltog, x.hur from genomforandeplan x where x.beslut_id = p.beslut_id
                                 order by x.version desc limit 1) g on true
                 where p.version = 1 and p.faststalld between :fran and :tom and (:alla or a.enhet_kod = :enhet)""", p);
        // R10: the offers to placed children's parents due in the period, completed by their last day (the barn
        // module's)
        ForaldrastodErbjudanden.Tidshallning erbjudanden =
                foraldrastod.tidshallning(fran, tom, ALLA.equals(enhet) ? null : enhet);
        varden.add(new Varde(
                Nyckeltal.FORALDRASTOD_INOM_7_DAGAR,
                "",
                BigDecimal.valueOf(erbjudanden.iTid()),
                BigDecimal.valueOf(erbjudanden.forfallna())));
        return varden;
    }

    private void lagg(List<Varde> varden, Nyckeltal nyckeltal, String sql, MapSqlParameterSource p) {
        jdbc.sql(sql)
                .params(p.getValues())
                .query((rs, n) -> new Varde(
                        nyckeltal, rs.getString("grupp"), rs.getBigDecimal("taljare"), rs.getBigDecimal("namnare")))
                .list()
                .forEach(varden::add);
    }
}
