package se.tillit.ivo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.drift.Csv;

/**
 * The quarter's EVB reports end to end on PostgreSQL, from records written as the processes leave them: IVO's
 * individual report (C36; SoL 34 kap. 1–2 §§, LSS 28 f–g §§), the de-identified revisor report (C37), the statistics
 * for kommunfullmäktige (C38; 34 kap. 3 §), the särskild-avgift flag (C9; 34 kap. 10 §), R22. Each test owns its
 * years and, where it counts rows, an authority unit of its own, so the tests do not see each other's rows.
 */
@TillitSpringTest
class EvbRapportTest {

    static final String BOSTAD = "LSS_BOSTAD_SARSKILD_SERVICE";
    static final String SARSKILT_BOENDE = "SOL_SARSKILT_BOENDE";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aDecisionNotExecutedThreeMonthsAfterItIsInTheQuartersIndividualReport() throws IOException { // C36, C7, R22
        Evbdata data = new Evbdata(jdbc);
        String enhet = data.enhet("EVB-NY");
        Evbdata.Post post = data.orsak(
                data.ejVerkstallt(enhet, data.person('K'), BOSTAD, LocalDate.of(2011, 1, 10)),
                "BRIST_PA_PLATS",
                "Ingen ledig lägenhet i gruppbostäderna");

        JsonNode q1 = api("admin", "/api/ivo/2011-Q1?enhet=" + enhet);
        JsonNode q2 = api("admin", "/api/ivo/2011-Q2?enhet=" + enhet);

        assertThat(q1.get("individrapport"))
                .as("three months had not passed in Q1")
                .isEmpty();
        JsonNode rad = enda(q2.get("individrapport"));
        assertThat(rad.get("pseudonym").asText()).matches("19360[0-9]{3}-T[0-9][02468][0-9]");
        assertThat(rad.get("beslutsdatum").asText()).isEqualTo("2011-01-10");
        assertThat(rad.get("insatstyp").asText()).isEqualTo(BOSTAD);
        assertThat(rad.get("lag").asText()).isEqualTo("LSS");
        assertThat(rad.get("grund").asText()).isEqualTo("BESLUT");
        assertThat(rad.get("ejVerkstalltSedan").asText()).isEqualTo("2011-04-10");
        assertThat(rad.get("nyIKvartalet").asBoolean()).isTrue();
        assertThat(rad.get("orsak").asText()).isEqualTo("BRIST_PA_PLATS");
        assertThat(rad.get("orsakText").asText()).isEqualTo("Ingen ledig lägenhet i gruppbostäderna");
        assertThat(rad.get("tillfalligaInsatser").asText()).isEqualTo("Hemtjänst fyra gånger om dagen");
        assertThat(rad.get("konsekvenser").asText()).isNotBlank();
        assertThat(rad.get("stangd").isNull()).isTrue();
        assertThat(rad.get("dagar").asLong())
                .as("2011-01-10 to the quarter's last day")
                .isEqualTo(171);
        assertThat(rad.get("arendenummer").asText()).isEqualTo(post.arendenummer());
        assertThat(q2.get("rapportfonster").get("fran").asText()).isEqualTo("2011-07-01");
        assertThat(q2.get("rapportfonster").get("till").asText()).isEqualTo("2011-08-31");
        assertThat(q2.get("inlamnad").isNull()).isTrue();

        String csv = HttpSession.browser(port, "admin", DemoKonton.LOSENORD)
                .get("/ivo/2011-Q2/individrapport.csv?enhet=" + enhet)
                .body();
        assertThat(csv)
                .startsWith(Csv.BOM + "kvartal;rad;pseudonym;")
                .contains(
                        rad.get("pseudonym").asText(),
                        "\"2011-01-10\";\"BESLUT\"",
                        "\"BRIST_PA_PLATS\";\"Ingen ledig lägenhet i gruppbostäderna\"")
                .as("the file leaves the municipality: no case number, no personnummer")
                .doesNotContain(
                        post.arendenummer(),
                        post.personnummer(),
                        post.personnummer().substring(2));
    }

    @Test
    void executedInTheNextQuarterItIsReportedWithItsExecutionDate() throws IOException { // C36, SoL 34 kap. 2 §, R22
        Evbdata data = new Evbdata(jdbc);
        String enhet = data.enhet("EVB-VERKST");
        Evbdata.Post post = data.orsak(
                data.ejVerkstallt(enhet, data.person('M'), BOSTAD, LocalDate.of(2012, 1, 5)),
                "BRIST_PA_PERSONAL",
                null);
        data.verkstall(post, LocalDate.of(2012, 8, 20));

        JsonNode q2 = api("admin", "/api/ivo/2012-Q2?enhet=" + enhet);
        JsonNode q3 = api("admin", "/api/ivo/2012-Q3?enhet=" + enhet);
        JsonNode q4 = api("admin", "/api/ivo/2012-Q4?enhet=" + enhet);

        JsonNode forsta = enda(q2.get("individrapport"));
        assertThat(forsta.get("stangd").asText())
                .as("Q2 produced after the execution shows it")
                .isEqualTo("2012-08-20");
        assertThat(forsta.get("stangdOrsak").asText()).isEqualTo("VERKSTALLT");
        assertThat(forsta.get("matdag").asText())
                .as("time measured to Q2's end")
                .isEqualTo("2012-06-30");
        assertThat(enda(q2.get("revisorsrapport")).get("stangd").isNull())
                .as("not executed in Q2")
                .isTrue();
        assertThat(totalt(q2).get("ejVerkstalldaVidSlutet").asInt()).isEqualTo(1);

        JsonNode nasta = enda(q3.get("individrapport"));
        assertThat(nasta.get("stangd").asText()).isEqualTo("2012-08-20");
        assertThat(nasta.get("nyIKvartalet").asBoolean()).as("remains from Q2").isFalse();
        assertThat(nasta.get("dagar").asLong())
                .as("2012-01-05 to the execution")
                .isEqualTo(228);
        assertThat(enda(q3.get("revisorsrapport")).get("stangdOrsak").asText()).isEqualTo("VERKSTALLT");
        assertThat(totalt(q3).get("verkstallda").asInt()).isEqualTo(1);
        assertThat(totalt(q3).get("ejVerkstalldaVidSlutet").asInt()).isZero();
        assertThat(q4.get("individrapport"))
                .as("executed: gone from the next quarter")
                .isEmpty();
    }

    @Test
    void anAvbrottStartsANewThreeMonthClock() throws IOException { // C7, SoL 34 kap. 1 § second sentence, LSS 28 f §
        Evbdata data = new Evbdata(jdbc);
        String enhet = data.enhet("EVB-AVBROTT");
        // executed at once in January, interrupted 2 May and not resumed
        data.orsak(
                data.efterAvbrott(enhet, data.person('K'), BOSTAD, LocalDate.of(2013, 1, 10), LocalDate.of(2013, 5, 2)),
                "UTFORARE_SAKNAS",
                "Utföraren har sagt upp avtalet");

        JsonNode q2 = api("admin", "/api/ivo/2013-Q2?enhet=" + enhet);
        JsonNode q3 = api("admin", "/api/ivo/2013-Q3?enhet=" + enhet);

        assertThat(q2.get("individrapport"))
                .as("three months from the avbrott had not passed")
                .isEmpty();
        JsonNode rad = enda(q3.get("individrapport"));
        assertThat(rad.get("grund").asText()).isEqualTo("AVBROTT");
        assertThat(rad.get("raknasFran").asText()).isEqualTo("2013-05-02");
        assertThat(rad.get("beslutsdatum").asText()).isEqualTo("2013-01-10");
        assertThat(rad.get("ejVerkstalltSedan").asText()).isEqualTo("2013-08-02");
        assertThat(rad.get("dagar").asLong())
                .as("from the avbrott, not the decision")
                .isEqualTo(151);
        assertThat(rad.get("tid").asText()).isEqualTo("TRE_TILL_SEX");
        assertThat(totalt(q3).get("avbrott").asInt()).isEqualTo(1);
        assertThat(totalt(q3).get("beslut").asInt()).isZero();
    }

    @Test
    void thePseudonymIsIvosFormStableForThePersonAndDifferentAcrossPersons()
            throws IOException { // C36, law-and-peers §A2
        Evbdata data = new Evbdata(jdbc);
        String enhet = data.enhet("EVB-PSEUDONYM");
        LocalDate fodd = LocalDate.of(1936, 12, 24);
        Evbdata.Person anna = data.person(fodd, 'K', 0);
        Evbdata.Person berit = data.person(fodd, 'K', 1);
        Evbdata.Person carl = data.person(fodd, 'M', 0);
        data.orsak(data.ejVerkstallt(enhet, anna, BOSTAD, LocalDate.of(2014, 1, 2)), "BRIST_PA_PLATS", null);
        data.orsak(
                data.ejVerkstallt(enhet, anna, "LSS_DAGLIG_VERKSAMHET", LocalDate.of(2014, 3, 3)),
                "BRIST_PA_PLATS",
                null);
        data.orsak(data.ejVerkstallt(enhet, berit, BOSTAD, LocalDate.of(2014, 1, 2)), "BRIST_PA_PLATS", null);
        data.orsak(data.ejVerkstallt(enhet, carl, BOSTAD, LocalDate.of(2014, 1, 2)), "BRIST_PA_PLATS", null);

        List<JsonNode> q2 =
                rader(api("admin", "/api/ivo/2014-Q2?enhet=" + enhet).get("individrapport"));
        List<JsonNode> q3 =
                rader(api("chef.lss", "/api/ivo/2014-Q3?enhet=" + enhet).get("individrapport"));

        assertThat(q2).hasSize(4);
        String annasQ2 = pseudonym(q2, anna, jdbc);
        assertThat(q2.stream()
                        .filter(r -> r.get("personId").asText().equals(anna.id().toString()))
                        .map(r -> r.get("pseudonym").asText()))
                .as("both of Anna's decisions")
                .containsOnly(annasQ2);
        assertThat(annasQ2).matches("19361224-T[0-9][02468][0-9]");
        assertThat(pseudonym(q2, berit, jdbc))
                .as("same birth date and sex, another person")
                .matches("19361224-T[0-9][02468][0-9]")
                .isNotEqualTo(annasQ2);
        assertThat(pseudonym(q2, carl, jdbc))
                .as("a man: the third position is odd")
                .matches("19361224-T[0-9][13579][0-9]");
        assertThat(q3).as("chef.lss does not lead EVB-PSEUDONYM").isEmpty();
        List<JsonNode> q3Admin =
                rader(api("admin", "/api/ivo/2014-Q3?enhet=" + enhet).get("individrapport"));
        assertThat(pseudonym(q3Admin, anna, jdbc))
                .as("the same number in the next quarter")
                .isEqualTo(annasQ2);

        HttpSession admin = HttpSession.browser(port, "admin", DemoKonton.LOSENORD);
        String revisor =
                admin.get("/ivo/2014-Q2/revisorsrapport.csv?enhet=" + enhet).body();
        String statistik =
                admin.get("/ivo/2014-Q2/statistik.csv?enhet=" + enhet).body();
        assertThat(revisor)
                .as("de-identified (C37)")
                .startsWith(Csv.BOM + "kvartal;lopnummer;enhet;")
                .contains(BOSTAD)
                .doesNotContain("19361224", anna.personnummer(), "Väntesson", "2010-E-", "-T");
        assertThat(revisor.lines().count()).isEqualTo(5);
        assertThat(statistik).doesNotContain("19361224", "2010-E-");
    }

    @Test
    void theStatisticsCountByInsatsTimeSinceTheDecisionNewOrInterruptedAndSex() throws IOException { // C38, C9
        Evbdata data = new Evbdata(jdbc);
        String enhet = data.enhet("EVB-STATISTIK");
        // 2015-Q4; time is measured to 31 December, or to the day it was executed or closed in the quarter
        data.orsak(
                data.ejVerkstallt(enhet, data.person('K'), BOSTAD, LocalDate.of(2015, 8, 1)),
                "BRIST_PA_PLATS",
                null); // 4 mån
        data.orsak(
                data.ejVerkstallt(enhet, data.person('M'), BOSTAD, LocalDate.of(2015, 1, 15)),
                "BRIST_PA_PLATS",
                null); // 11 mån
        data.orsak(
                data.ejVerkstallt(enhet, data.person('K'), SARSKILT_BOENDE, LocalDate.of(2014, 6, 1)),
                "ENSKILD_AVBOJT",
                null); // 18 mån
        Evbdata.Post gammal = data.orsak(
                data.ejVerkstallt(enhet, data.person('M'), SARSKILT_BOENDE, LocalDate.of(2013, 10, 1)),
                "BRIST_PA_PLATS",
                null); // 26 mån: särskild avgift
        data.verkstall(
                data.orsak(
                        data.efterAvbrott(
                                enhet, data.person('K'), BOSTAD, LocalDate.of(2015, 2, 1), LocalDate.of(2015, 7, 1)),
                        "BRIST_PA_PERSONAL",
                        null),
                LocalDate.of(2015, 11, 15)); // verkställd efter 4 mån
        data.stang(
                data.orsak(
                        data.ejVerkstallt(enhet, data.person('K'), SARSKILT_BOENDE, LocalDate.of(2015, 5, 1)),
                        "ENSKILD_ONSKAR_VANTA",
                        null),
                LocalDate.of(2015, 10, 20),
                "ATERKALLAT"); // återkallad efter 5 mån
        data.verkstall(
                data.orsak(
                        data.ejVerkstallt(enhet, data.person('M'), BOSTAD, LocalDate.of(2015, 5, 1)),
                        "BRIST_PA_PLATS",
                        null),
                LocalDate.of(2015, 9, 15)); // verkställd före kvartalet: inte med

        JsonNode q4 = api("admin", "/api/ivo/2015-Q4?enhet=" + enhet);

        JsonNode totalt = totalt(q4);
        assertThat(totalt.get("antal").asInt()).isEqualTo(6);
        assertThat(totalt.get("kvinnor").asInt()).isEqualTo(4);
        assertThat(totalt.get("man").asInt()).isEqualTo(2);
        assertThat(totalt.get("beslut").asInt())
                .as("new: counted from the decision")
                .isEqualTo(5);
        assertThat(totalt.get("avbrott").asInt()).as("interrupted").isEqualTo(1);
        assertThat(totalt.get("tid").get("TRE_TILL_SEX").asInt()).isEqualTo(3);
        assertThat(totalt.get("tid").get("SEX_TILL_TOLV").asInt()).isEqualTo(1);
        assertThat(totalt.get("tid").get("TOLV_TILL_TJUGOFYRA").asInt()).isEqualTo(1);
        assertThat(totalt.get("tid").get("OVER_TJUGOFYRA").asInt()).isEqualTo(1);
        assertThat(totalt.get("ejVerkstalldaVidSlutet").asInt()).isEqualTo(4);
        assertThat(totalt.get("verkstallda").asInt()).isEqualTo(1);
        assertThat(totalt.get("avslutade").asInt()).isEqualTo(1);
        JsonNode bostad = statistikrad(q4, BOSTAD);
        assertThat(List.of(
                        bostad.get("antal").asInt(),
                        bostad.get("kvinnor").asInt(),
                        bostad.get("man").asInt(),
                        bostad.get("avbrott").asInt()))
                .containsExactly(3, 2, 1, 1);
        JsonNode boende = statistikrad(q4, SARSKILT_BOENDE);
        assertThat(boende.get("lag").asText()).isEqualTo("SOL");
        assertThat(List.of(
                        boende.get("antal").asInt(),
                        boende.get("kvinnor").asInt(),
                        boende.get("man").asInt()))
                .containsExactly(3, 2, 1);

        List<JsonNode> flaggade = rader(q4.get("individrapport")).stream()
                .filter(r -> r.get("sarskildAvgift").asBoolean())
                .toList();
        assertThat(flaggade)
                .as("open 21 months or more (C9): only the decision of 2013")
                .hasSize(1);
        assertThat(flaggade.get(0).get("arendenummer").asText()).isEqualTo(gammal.arendenummer());
        assertThat(flaggade.get(0).get("tvaAr").asText()).isEqualTo("2015-10-01");
        assertThat(q4.get("sarskildAvgiftFlaggaManader").asInt()).isEqualTo(21);

        String csv = HttpSession.browser(port, "admin", DemoKonton.LOSENORD)
                .get("/ivo/2015-Q4/statistik.csv?enhet=" + enhet)
                .body();
        assertThat(csv)
                .contains(
                        "\"2015-Q4\";\"ALLA\";\"ALLA\";\"6\";\"4\";\"2\";\"5\";\"1\";\"3\";\"1\";\"1\";\"1\";\"4\";\"1\";\"1\"",
                        "\"2015-Q4\";\"SOL\";\"SOL_SARSKILT_BOENDE\";\"3\";\"2\";\"1\"");
        String sida = HttpSession.browser(port, "admin", DemoKonton.LOSENORD)
                .get("/ivo?kvartal=2015-Q4&enhet=" + enhet)
                .body();
        assertThat(sida)
                .contains(
                        "Närmar sig två år",
                        gammal.arendenummer(),
                        "två år 2015-10-01",
                        "Statistik till kommunfullmäktige 2015-Q4");
    }

    @Test
    void aSubmittedQuarterIsFrozenAndReadBackUnchangedWhenLaterDataArrives() throws IOException { // C36, R22, as R29
        Evbdata data = new Evbdata(jdbc);
        String enhet = data.enhet("EVB-FRYST");
        // 2009: the oldest quarter of the suite, so no other test's open record is in it
        Evbdata.Post medOrsak = data.orsak(
                data.ejVerkstallt(enhet, data.person('K'), BOSTAD, LocalDate.of(2008, 11, 3)),
                "BRIST_PA_PLATS",
                "Väntar på nybyggda gruppbostaden");
        Evbdata.Post utanOrsak = data.ejVerkstallt(enhet, data.person('M'), BOSTAD, LocalDate.of(2008, 12, 1));
        HttpSession admin = HttpSession.api(port, "admin", DemoKonton.LOSENORD);

        HttpResponse<String> nekad = admin.post("/api/ivo/2009-Q1/inlamning", "");
        assertThat(nekad.statusCode()).isEqualTo(400);
        assertThat(nekad.body()).contains("\"falt\":\"kvartal\"", "saknar orsak", utanOrsak.arendenummer());
        assertThat(jdbc.sql("select count(*) from ivo_rapport where kvartal = '2009-Q1'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD)
                        .post("/api/ivo/2009-Q1/inlamning", "")
                        .statusCode())
                .as("the administrator submits")
                .isEqualTo(403);

        data.orsak(utanOrsak, "ENSKILD_AVBOJT", null);
        HttpResponse<String> inlamnad = admin.post("/api/ivo/2009-Q1/inlamning", "");
        assertThat(inlamnad.statusCode()).as(inlamnad.body()).isEqualTo(200);
        JsonNode fryst = json.readTree(inlamnad.body());
        assertThat(fryst.get("inlamnad").get("av").asText()).isEqualTo("admin");
        assertThat(fryst.get("inlamnad").get("inomFonster").asBoolean())
                .as("long after April 2009")
                .isFalse();
        JsonNode somInlamnad = api("admin", "/api/ivo/2009-Q1?enhet=" + enhet);

        // later: the first is executed in Q1 after all (reported late), a new reason, an offer, a new record in Q1
        data.verkstall(medOrsak, LocalDate.of(2009, 3, 20));
        data.orsak(utanOrsak, "ANNAN", "Ny bedömning");
        jdbc.sql("""
                insert into ej_verkstallt_erbjudande (ej_verkstallt_id, erbjudet, vad, skapad_av)
                values (:post, date '2009-02-01', 'Plats i Ekbackens gruppbostad', 'test')""").param("post", utanOrsak.postId()).update();
        data.orsak(
                data.ejVerkstallt(enhet, data.person('K'), BOSTAD, LocalDate.of(2008, 12, 15)), "BRIST_PA_PLATS", null);

        JsonNode senare = api("admin", "/api/ivo/2009-Q1?enhet=" + enhet);
        assertThat(senare.get("individrapport")).isEqualTo(somInlamnad.get("individrapport"));
        assertThat(senare.get("statistik")).isEqualTo(somInlamnad.get("statistik"));
        assertThat(senare.get("revisorsrapport")).isEqualTo(somInlamnad.get("revisorsrapport"));
        assertThat(rader(senare.get("individrapport")))
                .extracting(r -> r.get("arendenummer").asText())
                .containsExactly(medOrsak.arendenummer(), utanOrsak.arendenummer());
        assertThat(rader(senare.get("individrapport")).get(0).get("stangd").isNull())
                .isTrue();
        assertThat(senare.get("inlamnad").get("av").asText()).isEqualTo("admin");
        assertThat(admin.post("/api/ivo/2009-Q1/inlamning", "").body()).contains("redan inlämnad");

        JsonNode q2 = api("admin", "/api/ivo/2009-Q2?enhet=" + enhet);
        assertThat(rader(q2.get("individrapport")))
                .as("the next quarter is computed: the new record, the new reason")
                .extracting(r -> r.get("orsak").asText())
                .containsExactlyInAnyOrder("ANNAN", "BRIST_PA_PLATS");
        HttpSession sidan = HttpSession.browser(port, "admin", DemoKonton.LOSENORD);
        String sida = sidan.get("/ivo?kvartal=2009-Q1&enhet=" + enhet).body();
        assertThat(sida)
                .contains("Inlämnad", "av admin", "efter IVO:s rapporteringsperiod")
                .doesNotContain("Lämna in 2009-Q1");

        // the page's button: refused with the reason while a decision lacks one, then submitted
        Evbdata.Post ny = data.ejVerkstallt(enhet, data.person('M'), BOSTAD, LocalDate.of(2009, 2, 2));
        assertThat(sidan.get("/ivo?kvartal=2009-Q2").body()).contains("Lämna in 2009-Q2");
        HttpResponse<String> sidanNekar = sidan.postForm("/ivo/2009-Q2/inlamning", java.util.Map.of());
        assertThat(sidanNekar.statusCode()).isEqualTo(400);
        assertThat(sidanNekar.body()).contains("Rapporten lämnades inte in", ny.arendenummer());
        data.orsak(ny, "BRIST_PA_PERSONAL", null);
        HttpResponse<String> sidanLamnar = sidan.postForm("/ivo/2009-Q2/inlamning", java.util.Map.of());
        assertThat(sidanLamnar.statusCode()).isEqualTo(302);
        assertThat(sidanLamnar.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/ivo?kvartal=2009-Q2"));
        assertThat(sidan.get("/ivo?kvartal=2009-Q2").body()).contains("Rapporten är inlämnad och fryst.", "av admin");
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .postForm("/ivo/2009-Q3/inlamning", java.util.Map.of())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aHandlaggareIsRefusedAndAnotherUnitsChefSeesNoneOfTheUnitsRows() throws IOException { // access, C37
        Evbdata data = new Evbdata(jdbc);
        Evbdata.Post lss = data.orsak(
                data.ejVerkstallt("LSS", data.person('K'), BOSTAD, LocalDate.of(2016, 2, 1)),
                "BRIST_PA_PLATS",
                "Kö till gruppbostad");

        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/ivo?kvartal=2016-Q2")
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/ivo/2016-Q2/statistik.csv")
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/api/ivo/2016-Q2")
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                        .get("/ivo")
                        .statusCode())
                .isEqualTo(403);

        String chefLss = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                .get("/ivo?kvartal=2016-Q2")
                .body();
        String pseudonym = rader(api("chef.lss", "/api/ivo/2016-Q2").get("individrapport")).stream()
                .filter(r -> r.get("arendenummer").asText().equals(lss.arendenummer()))
                .findFirst()
                .orElseThrow()
                .get("pseudonym")
                .asText();
        assertThat(chefLss).contains(lss.arendenummer(), pseudonym, "Kö till gruppbostad");
        HttpSession chefBou = HttpSession.browser(port, "chef.bou", DemoKonton.LOSENORD);
        assertThat(chefBou.get("/ivo?kvartal=2016-Q2").body()).doesNotContain(lss.arendenummer(), pseudonym);
        assertThat(chefBou.get("/ivo/2016-Q2/individrapport.csv").body()).doesNotContain(pseudonym);
        assertThat(chefBou.get("/ivo/2016-Q2/revisorsrapport.csv").body())
                .doesNotContain("\"LSS\";\"LSS\";\"" + BOSTAD);
        assertThat(rader(api("chef.bou", "/api/ivo/2016-Q2").get("individrapport")))
                .noneMatch(r -> r.get("enhet").asText().equals("LSS"));

        // the revisorer get the de-identified report of every unit, not IVO's individual report
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);
        String revisorsSida = revisor.get("/ivo?kvartal=2016-Q2").body();
        assertThat(revisorsSida)
                .contains("Rapport till revisorerna")
                .doesNotContain(pseudonym, lss.arendenummer(), "IVO:s individrapport");
        assertThat(revisor.get("/ivo/2016-Q2/individrapport.csv").statusCode()).isEqualTo(403);
        assertThat(api(DemoKonton.REVISOR, "/api/ivo/2016-Q2")
                        .get("individrapport")
                        .isNull())
                .isTrue();
        assertThat(jdbc.sql("""
                select count(*) from atkomstlogg where anvandarnamn = 'chef.lss' and arende_id = :arende
                   and beskrivning = 'IVO-rapport 2016-Q2'""")
                        .param("arende", lss.arendeId())
                        .query(Long.class)
                        .single())
                .as("the individual report reads the case: logged")
                .isPositive();

        HttpSession chef = HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD);
        assertThat(chef.get("/api/ivo/2016-kv2").statusCode()).isEqualTo(400);
        assertThat(chef.get("/api/ivo/2016-kv2").body()).contains("\"falt\":\"kvartal\"", "ÅÅÅÅ-Qn");
        assertThat(chef.get("/api/ivo/2099-Q1").statusCode()).as("not begun").isEqualTo(400);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .get("/ivo?kvartal=Q2")
                        .statusCode())
                .isEqualTo(400);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .get("/ivo/2016-Q2/okand.csv")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void eachReportIsAPdfOfThePagesTables() throws Exception { // C36–C38: exports
        Evbdata data = new Evbdata(jdbc);
        String enhet = data.enhet("EVB-PDF");
        data.orsak(
                data.ejVerkstallt(enhet, data.person('K'), BOSTAD, LocalDate.of(2017, 1, 9)),
                "ANNAN",
                "Väntar på bygglov för ny gruppbostad & ombyggnad <2017>");
        HttpSession admin = HttpSession.browser(port, "admin", DemoKonton.LOSENORD);
        String pseudonym = enda(api("admin", "/api/ivo/2017-Q2?enhet=" + enhet).get("individrapport"))
                .get("pseudonym")
                .asText();

        HttpResponse<byte[]> individ = hamta(admin, "/ivo/2017-Q2/individrapport.pdf?enhet=" + enhet);
        HttpResponse<byte[]> statistik = hamta(admin, "/ivo/2017-Q2/statistik.pdf?enhet=" + enhet);
        HttpResponse<byte[]> revisor = hamta(admin, "/ivo/2017-Q2/revisorsrapport.pdf?enhet=" + enhet);

        assertThat(individ.statusCode()).isEqualTo(200);
        assertThat(individ.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(individ.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("ivo-individrapport-2017-Q2.pdf"));
        assertThat(text(individ.body()).replace(" ", "")).contains(pseudonym);
        assertThat(text(individ.body()))
                .contains(
                        "individrapport till IVO 2017-Q2",
                        "Annan orsak",
                        "bygglov för ny gruppbostad & ombyggnad <2017>",
                        "Hemtjänst fyra gånger om dagen");
        assertThat(text(statistik.body()))
                .contains("statistikrapport till kommunfullmäktige 2017-Q2", "Totalt", "Kvinnor");
        assertThat(text(revisor.body()))
                .contains("rapport till revisorerna 2017-Q2", "Annan orsak")
                .doesNotContain(pseudonym, "bygglov");
        assertThat(hamta(
                                HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD),
                                "/ivo/2017-Q2/individrapport.pdf")
                        .statusCode())
                .isEqualTo(403);
        // each is PDF/A-2u: fonts embedded, sRGB, title in the XMP (docs/adr/0025)
        for (HttpResponse<byte[]> rapport : java.util.List.of(individ, statistik, revisor)) {
            assertThat(se.tillit.drift.PdfA.brister(rapport.body()))
                    .as(rapport.uri().toString())
                    .isEmpty();
        }
    }

    private JsonNode api(String anvandare, String sokvag) throws IOException {
        HttpResponse<String> svar =
                HttpSession.api(port, anvandare, DemoKonton.LOSENORD).get(sokvag);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        return json.readTree(svar.body());
    }

    private static JsonNode enda(JsonNode rader) {
        assertThat(rader).hasSize(1);
        return rader.get(0);
    }

    private static List<JsonNode> rader(JsonNode rader) {
        List<JsonNode> lista = new ArrayList<>();
        rader.forEach(lista::add);
        return lista;
    }

    private static JsonNode totalt(JsonNode rapport) {
        JsonNode statistik = rapport.get("statistik");
        JsonNode totalt = statistik.get(statistik.size() - 1);
        assertThat(totalt.get("insatstyp").isNull()).isTrue();
        return totalt;
    }

    private static JsonNode statistikrad(JsonNode rapport, String insatstyp) {
        return rader(rapport.get("statistik")).stream()
                .filter(r -> insatstyp.equals(r.get("insatstyp").asText()))
                .findFirst()
                .orElseThrow();
    }

    private static String pseudonym(List<JsonNode> rader, Evbdata.Person person, JdbcClient jdbc) {
        String stored = jdbc.sql("select pseudonym from ivo_pseudonym where person_id = :p")
                .param("p", person.id())
                .query(String.class)
                .single();
        assertThat(rader.stream()
                        .filter(r ->
                                r.get("personId").asText().equals(person.id().toString()))
                        .map(r -> r.get("pseudonym").asText()))
                .containsOnly(stored);
        return stored;
    }

    private static HttpResponse<byte[]> hamta(HttpSession session, String sokvag) {
        return session.getBytes(sokvag);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
        }
    }
}
