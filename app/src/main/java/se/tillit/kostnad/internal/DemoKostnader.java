package se.tillit.kostnad.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Svensktid;

/**
 * Demo profile: eight executed insatser of 2014, the year of the only price list the seeds give, so that
 * /kostnader?manad=2014-06 has something to show: housing (one booked before move-in), daily activity in egen
 * regi with attendance and external, personal assistance with performed hours imported, boendestöd, vaken
 * natt, korttidsvistelse with an avbrott. Closed cases written as history (no processes run for them).
 * Synthetic people: born 1932, serial numbers 97x, valid check digits. Only once per database.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoKostnader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKostnader.class);
    private static final String UTFORARE = "UTF-SOLROSEN";
    private static final ZoneId SVENSK_TID = Svensktid.ZON;

    private final JdbcClient jdbc;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from arende where skapad_av = 'demo-2014'")
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("select count(*) from enhet where kod = :kod")
                                .param("kod", UTFORARE)
                                .query(Long.class)
                                .single()
                        == 0) {
            return;
        }
        LocalDate januari = LocalDate.of(2014, 1, 1);
        insats(1, "LSS_BOSTAD_SARSKILD_SERVICE", 3, null, "EXTERN", januari, januari);
        insats(
                2,
                "LSS_BOSTAD_SARSKILD_SERVICE",
                4,
                null,
                "EGEN_REGI",
                LocalDate.of(2014, 6, 10),
                LocalDate.of(2014, 6, 23));
        UUID dv = insats(3, "LSS_DAGLIG_VERKSAMHET", 2, "20 tim/vecka", "EGEN_REGI", januari, januari);
        insats(4, "LSS_DAGLIG_VERKSAMHET", 1, "heltid", "EXTERN", januari, januari);
        UUID assistans = insats(5, "LSS_PERSONLIG_ASSISTANS", null, "20 tim/vecka", "LOV", januari, januari);
        insats(6, "SOL_BOENDESTOD", null, "6 tim/vecka", "EGEN_REGI", januari, januari);
        insats(7, "LSS_VAKEN_NATT", null, null, "EXTERN", januari, januari);
        UUID korttid = insats(8, "LSS_KORTTIDSVISTELSE", null, null, "EXTERN", januari, januari);
        jdbc.sql("""
                insert into narvaro (beslut_id, dag, narvarande, registrerad_av)
                select :beslut, d::date, extract(day from d)::int not in (5, 17, 18), 'utforare'
                  from generate_series(date '2014-06-01', date '2014-06-30', interval '1 day') d
                 where extract(isodow from d) < 6""").param("beslut", dv).update();
        jdbc.sql("""
                insert into utford_tid (beslut_id, manad, timmar, kalla, importerad_av)
                values (:beslut, date '2014-06-01', 80.50, 'demo: tidsregistrering juni 2014', 'admin')""").param("beslut", assistans).update();
        jdbc.sql("""
                insert into avbrott (beslut_id, fran, till, orsak, skapad_av)
                values (:beslut, date '2014-06-09', date '2014-06-15', 'Sjukhusvistelse', 'handlaggare.lss')""").param("beslut", korttid).update();
        log.info("Demo profile: 8 executed insatser of 2014 for the cost page (/kostnader?manad=2014-06)");
    }

    private UUID insats(
            int nummer,
            String insatstyp,
            Integer niva,
            String omfattning,
            String utforartyp,
            LocalDate bokad,
            LocalDate verkstalld) {
        UUID person = jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, 'Demo', :efternamn, :fodd, 'M', 'demo-2014') returning id""")
                .param("pnr", personnummer(nummer))
                .param("efternamn", "Historiksson " + nummer)
                .param("fodd", LocalDate.of(1932, 3, nummer))
                .query(UUID.class)
                .single();
        UUID arende = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat,
                                            avslutsorsak, skapad_av)
                        values (:nr, :person, 'LSS', 'LSS', 'AVSLUTAT', :oppnat, :avslutat, 'INSATSER_AVSLUTADE', 'demo-2014')
                        returning id""")
                .param("nr", "2013-9900" + String.format("%02d", nummer))
                .param("person", person)
                .param(
                        "oppnat",
                        LocalDate.of(2013, 10, 1).atStartOfDay(SVENSK_TID).toOffsetDateTime())
                .param(
                        "avslutat",
                        LocalDate.of(2015, 1, 31).atStartOfDay(SVENSK_TID).toOffsetDateTime())
                .query(UUID.class)
                .single();
        boolean sol = insatstyp.startsWith("SOL_");
        UUID beslut = jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, omfattning, niva,
                                            giltig_from, giltig_tom, motivering, overklagandehanvisning, beslutsfattare,
                                            delegationspunkt, beslutsdatum, delgivningsdatum, skapad_av)
                        values (:arende, :insatstyp, 'BIFALL', :lag, :lagversion, :kapitel, :paragraf, :omfattning, :niva,
                                date '2013-12-01', date '2014-12-31', 'Demo: behovet är styrkt', true, 'handlaggare.lss',
                                'LSS-3.1', date '2013-12-01', date '2013-12-03', 'demo-2014') returning id""")
                .param("arende", arende)
                .param("insatstyp", insatstyp)
                .param("lag", sol ? "SOL" : "LSS")
                .param("lagversion", sol ? "2001:453" : "1993:387")
                .param("kapitel", sol ? 4 : null)
                .param("paragraf", sol ? "1 §" : "9 §")
                .param("omfattning", omfattning)
                .param("niva", niva)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, verkstalld,
                                                 plats_bokad, avslutad, skapad, skapad_av, tillstand)
                        values (:beslut, 'LSS', :utforare, :typ, :bokad, :verkstalld, :platsBokad, date '2014-12-31', :skapad,
                                'demo-2014', 'AVSLUTAD')""")
                .param("platsBokad", "LSS_BOSTAD_SARSKILD_SERVICE".equals(insatstyp) ? bokad : null)
                .param("beslut", beslut)
                .param("utforare", UTFORARE)
                .param("typ", utforartyp)
                .param("bokad", bokad)
                .param("verkstalld", verkstalld)
                .param("skapad", bokad.atTime(9, 0).atZone(SVENSK_TID).toOffsetDateTime())
                .update();
        return beslut;
    }

    /** 1932-03-NN-97N and its check digit (Luhn over the ten digits YYMMDDNNNC). */
    static String personnummer(int nummer) {
        String utanKontroll = "3203" + String.format("%02d", nummer) + "97" + (nummer % 10);
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utanKontroll.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utanKontroll + (10 - summa % 10) % 10;
    }
}
