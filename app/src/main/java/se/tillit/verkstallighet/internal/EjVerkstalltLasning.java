package se.tillit.verkstallighet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.drift.Svensktid;
import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.EjVerkstallt;
import se.tillit.verkstallighet.Stangningsorsak;

/** Reads ej-verkställt records with their decision, current statement and offers, in two queries per call. */
@Component
@RequiredArgsConstructor
class EjVerkstalltLasning {

    private static final ZoneId SVENSK_TID = Svensktid.ZON;

    // ends with a newline: the callers append their where clause
    private static final String POSTER = """
            select e.id, e.beslut_id, a.id as arende_id, a.arendenummer, a.person_id,
                   coalesce(o.bestallande_enhet, a.enhet_kod) as enhet, b.lag, b.insatstyp, b.beslutsdatum,
                   e.grund, e.raknas_fran, e.oppnad, e.stangd, e.stangd_orsak,
                   s.orsak, s.orsak_text, s.konsekvenser, s.tillfalliga_insatser, s.registrerad, s.registrerad_av, s.kalla
              from ej_verkstallt e
              join beslut b on b.id = e.beslut_id
              join arende a on a.id = b.arende_id
              left join bestallning o on o.beslut_id = e.beslut_id
              left join lateral (select * from ej_verkstallt_skal x where x.ej_verkstallt_id = e.id
                                  order by x.registrerad desc limit 1) s on true
            """;

    private final JdbcClient jdbc;

    List<EjVerkstallt> under(LocalDate fran, LocalDate tom) {
        List<EjVerkstallt> rader = jdbc.sql(POSTER + """
                         where e.oppnad <= :tom and (e.stangd is null or (e.stangd >= :fran and e.stangd >= e.oppnad))
                         order by e.oppnad, a.arendenummer, e.id""")
                .param("fran", fran)
                .param("tom", tom)
                .query(EjVerkstalltLasning::rad)
                .list();
        return medErbjudanden(rader);
    }

    List<EjVerkstallt> forBeslut(UUID beslutId) {
        List<EjVerkstallt> rader = jdbc.sql(POSTER + " where e.beslut_id = :beslut order by e.oppnad, e.id")
                .param("beslut", beslutId)
                .query(EjVerkstalltLasning::rad)
                .list();
        return medErbjudanden(rader);
    }

    private List<EjVerkstallt> medErbjudanden(List<EjVerkstallt> rader) {
        if (rader.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EjVerkstallt.Erbjudande>> erbjudanden = new HashMap<>();
        jdbc.sql("""
                        select id, ej_verkstallt_id, erbjudet, vad, svar, svar_datum, skal from ej_verkstallt_erbjudande
                         where ej_verkstallt_id in (:poster) order by erbjudet, skapad, id""")
                .param("poster", rader.stream().map(EjVerkstallt::id).toList())
                .query(rs -> {
                    String svar = rs.getString("svar");
                    erbjudanden
                            .computeIfAbsent(rs.getObject("ej_verkstallt_id", UUID.class), id -> new ArrayList<>())
                            .add(new EjVerkstallt.Erbjudande(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("erbjudet", LocalDate.class),
                                    rs.getString("vad"),
                                    svar == null ? null : EjVerkstallt.Svar.valueOf(svar),
                                    rs.getObject("svar_datum", LocalDate.class),
                                    rs.getString("skal")));
                });
        return rader.stream()
                .map(p -> new EjVerkstallt(
                        p.id(),
                        p.beslutId(),
                        p.arendeId(),
                        p.arendenummer(),
                        p.personId(),
                        p.enhet(),
                        p.lag(),
                        p.insatstyp(),
                        p.beslutsdatum(),
                        p.grund(),
                        p.raknasFran(),
                        p.oppnad(),
                        p.stangd(),
                        p.stangdOrsak(),
                        p.skal(),
                        erbjudanden.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /** A record before its offers are read. */
    private static EjVerkstallt rad(ResultSet rs, int n) throws SQLException {
        String orsak = rs.getString("orsak");
        EjVerkstallt.Skal skal = orsak == null
                ? null
                : new EjVerkstallt.Skal(
                        Drojsmalsorsak.valueOf(orsak),
                        rs.getString("orsak_text"),
                        rs.getString("konsekvenser"),
                        rs.getString("tillfalliga_insatser"),
                        rs.getObject("registrerad", OffsetDateTime.class)
                                .atZoneSameInstant(SVENSK_TID)
                                .toOffsetDateTime(),
                        rs.getString("registrerad_av"),
                        "UTFORARE".equals(rs.getString("kalla")));
        String stangdOrsak = rs.getString("stangd_orsak");
        return new EjVerkstallt(
                rs.getObject("id", UUID.class),
                rs.getObject("beslut_id", UUID.class),
                rs.getObject("arende_id", UUID.class),
                rs.getString("arendenummer"),
                rs.getObject("person_id", UUID.class),
                rs.getString("enhet"),
                rs.getString("lag"),
                rs.getString("insatstyp"),
                rs.getObject("beslutsdatum", LocalDate.class),
                rs.getString("grund"),
                rs.getObject("raknas_fran", LocalDate.class),
                rs.getObject("oppnad", LocalDate.class),
                rs.getObject("stangd", LocalDate.class),
                stangdOrsak == null ? null : Stangningsorsak.valueOf(stangdOrsak),
                skal,
                List.of());
    }
}
