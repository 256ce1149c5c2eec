package se.tillit.nyckeltal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * The committee's indicators on the seed's own figures (seed 004 §3.4): 1 204 investigations of which 1 040 within
 * three months gives 86 % (004@c46603, R06); 1 890 decisions of which 990 followed up gives 52 % (004@c46448, R16);
 * and a frozen period that does not change when later data arrives (R35).
 */
@TillitSpringTest
class NyckeltalTest extends Nyckeltalstestbas {

    static final String ENHET = "NYCKELTEST";
    static final String FORSTA_HALVARET = "fran=2017-01-01&tom=2017-06-30&enhet=" + ENHET;

    static boolean fyllt;

    @BeforeAll
    static void inget() {
        fyllt = false;
    }

    /** The seed's volumes for the first half of 2017, in a unit of their own, on one synthetic person's closed cases. */
    void fyll() {
        if (fyllt) {
            return;
        }
        fyllt = true;
        Testkonton.skapaEnhet(jdbc, ENHET, "Nyckeltalstest", Enhetstyp.MYNDIGHET);
        UUID person = testperson("194403159801", "Nyckel", "Talsson", LocalDate.of(1944, 3, 15), "M");
        avslutadeArenden(person, ENHET, "LSS", "N17-", 1204, "2016-10-01 09:00+02", "2017-07-01 09:00+02");
        // 1 204 investigations finished January–June 2017: the first 1 040 five days before their three-month deadline
        jdbc.sql("""
                insert into utredning (arende_id, inledd, frist, frist_kalla, avslutad, skapad_av)
                select a.id, i.inledd, (i.inledd + interval '3 months')::date, 'LOKALT_MAL',
                       case when i.n <= 1040 then (i.inledd + interval '3 months')::date - 5
                            else (i.inledd + interval '3 months')::date + 10 end, 'test'
                  from arende a
                  cross join lateral (select substr(a.arendenummer, 5)::int as n,
                                             date '2016-11-01' + substr(a.arendenummer, 5)::int % 60 as inledd) i
                 where a.enhet_kod = :enhet""").param("enhet", ENHET).update();
        // 1 890 executed decisions in force on 30 June 2017: 990 followed up in 2017, the rest last in 2016
        jdbc.sql("""
                insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, paragraf, niva, giltig_from, motivering,
                                    overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum, skapad_av)
                select (select id from arende where arendenummer = 'N17-' || (1 + g % 1204)), 'LSS_BOSTAD_SARSKILD_SERVICE',
                       'BIFALL', 'LSS', '1993:387', '9 §', 2, date '2016-05-01', 'nyckeltal ' || g, true, 'test', 'LSS-3.1',
                       date '2016-05-01', 'test'
                  from generate_series(1, 1890) g""").update();
        jdbc.sql("""
                insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, verkstalld, skapad_av,
                                         tillstand)
                select b.id, :enhet, 'UTF-SOLROSEN', 'EXTERN', date '2016-05-15', date '2016-06-01', 'test', 'AVSLUTAD'
                  from beslut b where b.motivering like 'nyckeltal %'""").param("enhet", ENHET).update();
        jdbc.sql("""
                insert into uppfoljning (beslut_id, planerad, genomford, resultat, skapad_av)
                select b.id, date '2017-06-01',
                       case when substr(b.motivering, 11)::int <= 990 then date '2017-03-15' else date '2016-12-15' end,
                       'FORTSATT', 'test'
                  from beslut b where b.motivering like 'nyckeltal %'""").update();
    }

    @Test
    void theSeedsFiguresGiveTheSeedsResults() throws IOException { // R06 004@c46603, R16 004@c46448
        fyll();
        JsonNode rapport = json.readTree(admin().get("/api/nyckeltal?fran=2017-01-01&tom=2017-06-30&enhet=" + ENHET)
                .body());

        JsonNode utredningar = rad(rapport, "UTREDNING_INOM_FRIST", "LSS");
        assertThat(utredningar.get("taljare").asInt()).isEqualTo(1040);
        assertThat(utredningar.get("namnare").asInt()).isEqualTo(1204);
        assertThat(utredningar.get("varde").decimalValue()).isEqualByComparingTo("86.4"); // the seed: 86 %
        JsonNode uppfoljda = rad(rapport, "BESLUT_UPPFOLJDA_UNDER_ARET", "");
        assertThat(uppfoljda.get("taljare").asInt()).isEqualTo(990);
        assertThat(uppfoljda.get("namnare").asInt()).isEqualTo(1890);
        assertThat(uppfoljda.get("varde").decimalValue()).isEqualByComparingTo("52.4"); // the seed: 52 %

        String sida = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/nyckeltal?" + FORSTA_HALVARET)
                .body();
        assertThat(sida)
                .contains(
                        "Utredningar klara inom frist",
                        "86,4 %",
                        "1 040 / 1 204",
                        "52,4 %",
                        "Verkställda bifallsbeslut som gäller vid periodens slut");
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/nyckeltal.csv?" + FORSTA_HALVARET)
                        .body())
                .contains("\"UTREDNING_INOM_FRIST\";\"LSS\";\"1040\";\"1204\";\"86,4\"");
    }

    @Test
    void aFrozenPeriodDoesNotChangeWhenLaterDataArrives() throws IOException { // R35
        fyll();
        HttpSession admin = admin();
        String fryst = "/api/nyckeltal?fran=2017-01-01&tom=2017-04-30&enhet=" + ENHET;
        frys(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 4, 30));
        JsonNode fore = json.readTree(admin.get(fryst).body());
        assertThat(fore.get("fryst").isNull()).isFalse();

        // an investigation finished in March 2017, recorded late
        jdbc.sql("""
                insert into utredning (arende_id, inledd, frist, frist_kalla, avslutad, skapad_av)
                values ((select id from arende where arendenummer = 'N17-1'), date '2016-10-01', date '2017-01-01', 'LOKALT_MAL',
                        date '2017-03-01', 'test')""").update();

        JsonNode efter = json.readTree(admin.get(fryst).body());
        assertThat(rad(efter, "UTREDNING_INOM_FRIST", "LSS").get("namnare").asInt())
                .isEqualTo(
                        rad(fore, "UTREDNING_INOM_FRIST", "LSS").get("namnare").asInt());
        JsonNode oppen = json.readTree(admin.get("/api/nyckeltal?fran=2017-01-01&tom=2017-04-29&enhet=" + ENHET)
                .body());
        assertThat(oppen.get("fryst").isNull())
                .as("a period not frozen is computed now")
                .isTrue();
        assertThat(rad(oppen, "UTREDNING_INOM_FRIST", "LSS").get("namnare").asInt())
                .isEqualTo(
                        rad(fore, "UTREDNING_INOM_FRIST", "LSS").get("namnare").asInt() + 1);
    }

    @Test
    void theOtherIndicatorsOnAHandfulOfCases() throws IOException { // C40, T03, R14, R22
        Testkonton.skapaEnhet(jdbc, "NYCKELTEST2", "Nyckeltalstest 2", Enhetstyp.MYNDIGHET);
        UUID person = testperson("201005129802", "Lilla", "Talsson", LocalDate.of(2010, 5, 12), "K");
        avslutadeArenden(
                person, "NYCKELTEST2", "BARN_OCH_UNGA", "N18-", 2, "2017-09-01 09:00+02", "2018-06-01 09:00+02");
        // two förhandsbedömningar decided in March 2018: after 10 and after 20 days; the second a re-actualisation
        // (R14)
        jdbc.sql("""
                insert into aktualisering (arende_id, typ, inkom, orsakskod, tidigare_arende_id, utfall, utfall_registrerat, utfall_av, skapad_av)
                values ((select id from arende where arendenummer = 'N18-1'), 'ANMALAN', timestamptz '2018-03-01 10:00+01', 'ORO_FOR_BARN',
                        null, 'LEDER_TILL_UTREDNING', timestamptz '2018-03-11 10:00+01', 'test', 'test'),
                       ((select id from arende where arendenummer = 'N18-2'), 'ANMALAN', timestamptz '2018-03-02 10:00+01', 'ORO_FOR_BARN',
                        (select id from arende where arendenummer = 'N18-1'), 'LEDER_TILL_UTREDNING',
                        timestamptz '2018-03-22 10:00+01', 'test', 'test')""").update();
        // child investigations finished in March: one within four months, one after five with a förlängningsbeslut
        // (C40)
        jdbc.sql("""
                insert into utredning (arende_id, inledd, frist, frist_kalla, avslutad, skapad_av)
                values ((select id from arende where arendenummer = 'N18-1'), date '2017-12-01', date '2018-04-01', 'LAG', date '2018-03-15', 'test'),
                       ((select id from arende where arendenummer = 'N18-2'), date '2017-10-01', date '2018-04-01', 'LAG', date '2018-03-10', 'test')""").update();
        jdbc.sql("""
                insert into forlangning (utredning_id, beslutsdatum, skal, beslutad_av, ny_frist, skapad_av)
                select id, date '2018-01-25', 'Särskilda skäl', 'chef', date '2018-04-01', 'test' from utredning
                 where arende_id = (select id from arende where arendenummer = 'N18-2')""").update();
        // T03: two time-limited decisions ending in March, one reconsidered on time; R22: two executed in March (30 and
        // 10 days)
        jdbc.sql("""
                insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, giltig_from, giltig_tom, motivering,
                                    overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum, skapad, skapad_av)
                values ((select id from arende where arendenummer = 'N18-1'), 'SOL_KONTAKTPERSON', 'BIFALL', 'SOL', '2001:453', 4, '1 §',
                        date '2017-09-20', date '2018-03-20', 'tidsbegränsat 1', true, 'test', 'SOL-1', date '2017-09-20',
                        timestamptz '2017-09-20 10:00+02', 'test'),
                       ((select id from arende where arendenummer = 'N18-1'), 'SOL_KONTAKTPERSON', 'BIFALL', 'SOL', '2001:453', 4, '1 §',
                        date '2018-03-21', null, 'omprövat', true, 'test', 'SOL-1', date '2018-03-18',
                        timestamptz '2018-03-18 10:00+01', 'test'),
                       ((select id from arende where arendenummer = 'N18-2'), 'SOL_KONTAKTPERSON', 'BIFALL', 'SOL', '2001:453', 4, '1 §',
                        date '2017-09-25', date '2018-03-25', 'tidsbegränsat 2', true, 'test', 'SOL-1', date '2017-09-25',
                        timestamptz '2017-09-25 10:00+02', 'test'),
                       ((select id from arende where arendenummer = 'N18-2'), 'SOL_BOENDESTOD', 'BIFALL', 'SOL', '2001:453', 4, '1 §',
                        date '2018-02-01', null, 'verkställt 30', true, 'test', 'SOL-1', date '2018-02-01',
                        timestamptz '2018-02-01 10:00+01', 'test'),
                       ((select id from arende where arendenummer = 'N18-2'), 'SOL_LEDSAGNING_AVLOSNING', 'BIFALL', 'SOL', '2001:453', 4, '1 §',
                        date '2018-03-01', null, 'verkställt 10', true, 'test', 'SOL-1', date '2018-03-01',
                        timestamptz '2018-03-01 10:00+01', 'test')""").update();
        jdbc.sql("""
                insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, verkstalld, skapad_av,
                                         tillstand)
                select id, 'NYCKELTEST2', 'UTF-SOLROSEN', 'EGEN_REGI', beslutsdatum, beslutsdatum + case motivering when 'verkställt 30' then 30 else 10 end, 'test',
                       'AVSLUTAD'
                  from beslut where motivering in ('verkställt 30', 'verkställt 10')""").update();

        JsonNode mars = json.readTree(admin().get("/api/nyckeltal?fran=2018-03-01&tom=2018-03-31&enhet=NYCKELTEST2")
                .body());

        assertThat(kvot(mars, "FORHANDSBEDOMNING_INOM_14_DAGAR")).isEqualTo("1/2");
        assertThat(kvot(mars, "ATERAKTUALISERADE_INOM_365_DAGAR")).isEqualTo("1/2");
        assertThat(kvot(mars, "BARNUTREDNING_INOM_4_MANADER")).isEqualTo("1/2");
        assertThat(kvot(mars, "BARNUTREDNING_OVER_4_MANADER_FORLANGD")).isEqualTo("1/1");
        assertThat(kvot(mars, "TIDSBEGRANSADE_OMPROVADE_I_TID")).isEqualTo("1/2");
        assertThat(rad(mars, "DAGAR_FRAN_BESLUT_TILL_VERKSTALLIGHET", "")
                        .get("varde")
                        .decimalValue())
                .isEqualByComparingTo("20.0");
    }

    private static String kvot(JsonNode rapport, String nyckeltal) {
        JsonNode rad = rad(rapport, nyckeltal, "");
        return rad.get("taljare").asInt() + "/" + rad.get("namnare").asInt();
    }

    @Test
    void aChefSeesTheUnitsTheyLeadOnly() {
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .get("/nyckeltal?" + FORSTA_HALVARET)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .get("/nyckeltal?fran=2017-01-01&tom=2017-06-30&enhet=LSS")
                        .statusCode())
                .isEqualTo(200);
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/nyckeltal")
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin().get("/api/nyckeltal?fran=2017-06-30&tom=2017-01-01&enhet=" + ENHET)
                        .statusCode())
                .isEqualTo(400);
    }

    private void frys(LocalDate fran, LocalDate tom) {
        assertThat(admin().post(
                                "/api/nyckeltal/frys",
                                "{\"fran\":\"%s\",\"tom\":\"%s\",\"enhet\":\"%s\"}".formatted(fran, tom, ENHET))
                        .statusCode())
                .isEqualTo(201);
    }

    private HttpSession admin() {
        return HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
    }

    private static JsonNode rad(JsonNode rapport, String nyckeltal, String grupp) {
        for (JsonNode rad : rapport.get("rader")) {
            if (rad.get("nyckeltal").asText().equals(nyckeltal)
                    && rad.get("grupp").asText().equals(grupp)) {
                return rad;
            }
        }
        throw new AssertionError(nyckeltal + " " + grupp + " not in " + rapport);
    }
}
