package se.tillit.sakerhet.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

@Repository
@RequiredArgsConstructor
class AnvandarRepository {

    private final JdbcClient jdbc;

    Optional<TillitUserDetails> hittaForInloggning(String anvandarnamn) {
        record Rad(
                String anvandarnamn,
                String namn,
                String losenordHash,
                boolean tjanstekonto,
                boolean aktiv,
                boolean farSeSkyddadeUppgifter,
                long behorighetsversion) {}
        return jdbc.sql("""
                        select anvandarnamn, namn, losenord_hash, tjanstekonto, aktiv, far_se_skyddade_uppgifter,
                               behorighetsversion
                          from anvandare where anvandarnamn = :anvandarnamn""")
                .param("anvandarnamn", anvandarnamn)
                .query(Rad.class)
                .optional()
                .map(rad -> new TillitUserDetails(
                        new InloggadAnvandare(
                                rad.anvandarnamn(),
                                rad.namn(),
                                rollerPerEnhet(rad.anvandarnamn()),
                                rad.farSeSkyddadeUppgifter()),
                        rad.losenordHash(),
                        rad.tjanstekonto(),
                        rad.aktiv(),
                        rad.behorighetsversion()));
    }

    /** The account whose identity provider id ({@code externt_id}, case ignored) is the value, if any. */
    Optional<TillitUserDetails> hittaMedExterntId(String externtId) {
        return jdbc.sql("select anvandarnamn from anvandare where lower(externt_id) = lower(:externtId)")
                .param("externtId", externtId)
                .query(String.class)
                .optional()
                .flatMap(this::hittaForInloggning);
    }

    private Map<String, Set<Roll>> rollerPerEnhet(String anvandarnamn) {
        Map<String, Set<Roll>> roller = new LinkedHashMap<>();
        jdbc.sql(
                        "select enhet_kod, roll from anvandare_roll where anvandarnamn = :anvandarnamn order by enhet_kod, roll")
                .param("anvandarnamn", anvandarnamn)
                .query((rs, rowNum) -> {
                    roller.computeIfAbsent(rs.getString("enhet_kod"), kod -> EnumSet.noneOf(Roll.class))
                            .add(Roll.valueOf(rs.getString("roll")));
                    return null;
                })
                .list();
        return roller;
    }

    boolean finns(String anvandarnamn) {
        return jdbc.sql("select count(*) from anvandare where anvandarnamn = :a")
                        .param("a", anvandarnamn)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void skapa(NyttKonto konto, String losenordHash, String skapadAv) {
        jdbc.sql("""
                        insert into anvandare (anvandarnamn, namn, epost, losenord_hash, tjanstekonto, skapad_av)
                        values (:anvandarnamn, :namn, :epost, :hash, :tjanstekonto, :skapadAv)""")
                .param("anvandarnamn", konto.anvandarnamn())
                .param("namn", konto.namn())
                .param("epost", konto.epost())
                .param("hash", losenordHash)
                .param("tjanstekonto", konto.tjanstekonto())
                .param("skapadAv", skapadAv)
                .update();
        konto.rollerPerEnhet()
                .forEach((enhet, roller) -> roller.forEach(roll -> jdbc.sql("""
                        insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av)
                        values (:anvandarnamn, :enhet, :roll, :skapadAv)""")
                        .param("anvandarnamn", konto.anvandarnamn())
                        .param("enhet", enhet)
                        .param("roll", roll.name())
                        .param("skapadAv", skapadAv)
                        .update()));
    }

    void tillatSkyddadeUppgifter(String anvandarnamn) {
        jdbc.sql("update anvandare set far_se_skyddade_uppgifter = true where anvandarnamn = :a")
                .param("a", anvandarnamn)
                .update();
    }

    boolean enhetFinns(String kod) {
        return jdbc.sql("select count(*) from enhet where kod = :kod")
                        .param("kod", kod)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void skapaEnhet(Enhet enhet, String skapadAv) {
        jdbc.sql("insert into enhet (kod, namn, typ, skapad_av) values (:kod, :namn, :typ, :skapadAv)")
                .param("kod", enhet.kod())
                .param("namn", enhet.namn())
                .param("typ", enhet.typ().name())
                .param("skapadAv", skapadAv)
                .update();
    }

    List<Enhet> enheter(Set<String> koder) {
        if (koder.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select kod, namn, typ from enhet where kod in (:koder) order by namn")
                .param("koder", koder)
                .query((rs, rowNum) -> new Enhet(
                        rs.getString("kod"), rs.getString("namn"), Enhet.Enhetstyp.valueOf(rs.getString("typ"))))
                .list();
    }
}
