package se.tillit.nyckeltal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The file audit's sample of genomförandeplaner (R19): 5 % of the plans first set in a period, at least one when there
 * is any. The order is a hash of the plan and the period and unit, so the same period gives the same sample on every
 * reload and to every reader, and another period another one; nobody picks which files are read.
 */
@Component
@RequiredArgsConstructor
class Stickprov {

    static final double ANDEL = 0.05;

    /** A plan of the sample: its case, to be opened for the audit. */
    record Plan(
            UUID arendeId,
            UUID personId,
            String arendenummer,
            String insatstyp,
            LocalDate faststalld,
            boolean delaktighet) {}

    private final JdbcClient jdbc;

    List<Plan> genomforandeplaner(LocalDate fran, LocalDate tom, String enhet) {
        return jdbc.sql("""
                        with planer as (
                            select p.id, p.beslut_id, p.faststalld, a.id as arende_id, a.person_id, a.arendenummer, b.insatstyp
                              from genomforandeplan p join beslut b on b.id = p.beslut_id join arende a on a.id = b.arende_id
                             where p.version = 1 and p.faststalld between :fran and :tom and (:alla or a.enhet_kod = :enhet))
                        select s.*, (g.deltog in ('JA', 'DELVIS') and cardinality(g.hur) > 0) as delaktighet
                          from planer s
                          join lateral (select x.deltog, x.hur from genomforandeplan x where x.beslut_id = s.beslut_id
                                         order by x.version desc limit 1) g on true
                         order by md5(s.id::text || :nyckel)
                         limit (select ceil(count(*) * :andel)::int from planer)""")
                .param("fran", fran)
                .param("tom", tom)
                .param("alla", Nyckeltalsberakning.ALLA.equals(enhet))
                .param("enhet", enhet)
                .param("nyckel", fran + "/" + tom + "/" + enhet)
                .param("andel", ANDEL)
                .query((rs, n) -> new Plan(
                        rs.getObject("arende_id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("arendenummer"),
                        rs.getString("insatstyp"),
                        rs.getObject("faststalld", LocalDate.class),
                        rs.getBoolean("delaktighet")))
                .list();
    }
}
