package se.tillit.kostnad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.drift.Csv;

/**
 * The month's cost end to end on PostgreSQL with the deployed 2014 price list: the chef's and the administrator's
 * page and CSV, attendance recorded by the provider, performed hours imported, a closed month frozen (R24–R29).
 * Each test owns a month and a provider unit, so the tests do not see each other's rows.
 */
@TillitSpringTest
class KostnadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ObjectMapper json;

    @Test
    void theChefSeesTheMonthPerProviderInsatsAndUnitWithTomdygnAndWhatCannotBePriced() throws IOException { // R24, R26
        Kostnadsdata data = new Kostnadsdata(jdbc);
        String utforare = data.utforare("UTF-KOSTNAD-MARS");
        // booked 10 March, moved in 20 March: 10 empty days at level 1 (716), then 12 days at level 3 (1 424)
        data.insats(
                utforare,
                "EXTERN",
                "LSS_BOSTAD_SARSKILD_SERVICE",
                3,
                null,
                LocalDate.of(2014, 3, 10),
                LocalDate.of(2014, 3, 20),
                null);
        // external daily activity, level 1 full time, all of March: 21 weekdays × 553
        data.insats(
                utforare,
                "EXTERN",
                "LSS_DAGLIG_VERKSAMHET",
                1,
                "heltid",
                LocalDate.of(2014, 1, 2),
                LocalDate.of(2014, 1, 2),
                null);
        // a decision from before the checks, without a level: named, not priced at zero
        Kostnadsdata.Insats utanNiva = data.insats(
                utforare,
                "EXTERN",
                "LSS_BOSTAD_SARSKILD_SERVICE",
                null,
                null,
                LocalDate.of(2014, 2, 1),
                LocalDate.of(2014, 2, 1),
                null);

        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);
        String sida = chef.get("/kostnader?manad=2014-03").body();

        assertThat(sida)
                .contains(
                        "Kostnader för verkställda insatser 2014-03",
                        "UTF-KOSTNAD-MARS (extern)",
                        "24 248,00",
                        "11 613,00",
                        "Kan inte prissättas (1)",
                        utanNiva.arendenummer(),
                        "LSS_BOSTAD_SARSKILD_SERVICE 2014-03-01");
        JsonNode manad = json.readTree(HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD)
                .get("/api/kostnader/2014-03")
                .body());
        assertThat(summa(manad, utforare)).isEqualTo("35861.00");
        assertThat(manad.get("rader").findValuesAsText("radtyp")).contains("TOMDYGN");

        String csv = chef.get("/kostnader.csv?manad=2014-03&detalj=true").body();
        assertThat(csv)
                .contains(
                        "\"TOMDYGN\";\"2014-03-10\";\"2014-03-19\";\"10\";\"DYGN\";\"10,00\";\"716,00\";\"7160,00\"",
                        "\"INSATS\";\"2014-03-20\";\"2014-03-31\";\"12\";\"DYGN\";\"12,00\";\"1424,00\";\"17088,00\"");
        assertThat(chef.get("/kostnader.csv?manad=2014-03").body())
                .startsWith(Csv.BOM + "manad;utforare;")
                .contains(
                        "\"UTF-KOSTNAD-MARS\";\"extern\";\"Daglig verksamhet (LSS)\";\"LSS och funktionsnedsättning\";\"1\";\"21\"");

        assertThat(HttpSession.browser(port, "chef.bou", DemoKonton.LOSENORD)
                        .get("/kostnader?manad=2014-03")
                        .body())
                .as("another unit's chef sees none of LSS's orders")
                .doesNotContain("UTF-KOSTNAD-MARS");
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/kostnader?manad=2014-03")
                        .statusCode())
                .isEqualTo(403);
        assertThat(chef.get("/kostnader?manad=mars").statusCode()).isEqualTo(400);
    }

    @Test
    void aHousingDecisionWaitingForAPlaceCostsNothingUntilTheProviderBooksOne() throws IOException { // R24
        Kostnadsdata data = new Kostnadsdata(jdbc);
        Kostnadsdata.Insats vantar = data.insats(
                "UTF-SOLROSEN",
                "EXTERN",
                "LSS_BOSTAD_SARSKILD_SERVICE",
                4,
                null,
                LocalDate.of(2014, 8, 4),
                null,
                null,
                false);
        HttpSession admin = HttpSession.api(port, "admin", DemoKonton.LOSENORD);
        assertThat(json.readTree(admin.get("/api/kostnader/2014-08").body())
                        .get("rader")
                        .findValuesAsText("arendenummer"))
                .as("ordered, no place booked, not moved in: ej verkställt, not an empty place")
                .doesNotContain(vantar.arendenummer());

        HttpSession utforare = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        assertThat(utforare.post("/api/beslut/" + vantar.beslutId() + "/plats-bokad", "{\"datum\":\"2014-08-11\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(utforare.post("/api/beslut/" + vantar.beslutId() + "/plats-bokad", "{\"datum\":\"2014-07-01\"}")
                        .statusCode())
                .as("before the decision")
                .isEqualTo(400);

        JsonNode augusti = json.readTree(admin.get("/api/kostnader/2014-08").body());
        JsonNode rad = rader(augusti, vantar.beslutId().toString());
        assertThat(rad.get("radtyp").asText()).isEqualTo("TOMDYGN");
        assertThat(rad.get("fran").asText()).isEqualTo("2014-08-11");
        assertThat(rad.get("summa").decimalValue()).isEqualByComparingTo("15036"); // 11–31 August: 21 × 716 (level 1)
    }

    @Test
    void egenRegiDailyActivityIsPaidForTheDaysTheProviderRecordsAsAttended() throws IOException { // R26
        Kostnadsdata data = new Kostnadsdata(jdbc);
        // UTF-SOLROSEN: the demo provider whose staff is the demo user "utforare"; 20 h/week is halvtid (R27)
        Kostnadsdata.Insats dv = data.insats(
                "UTF-SOLROSEN",
                "EGEN_REGI",
                "LSS_DAGLIG_VERKSAMHET",
                2,
                "20 tim/vecka",
                LocalDate.of(2014, 3, 3),
                LocalDate.of(2014, 3, 3),
                null);
        HttpSession utforare = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);

        HttpResponse<String> vecka = utforare.post("/api/beslut/" + dv.beslutId() + "/narvaro", """
                [{"dag":"2014-04-07","narvarande":true},{"dag":"2014-04-08","narvarande":true},
                 {"dag":"2014-04-09","narvarande":true},{"dag":"2014-04-10","narvarande":false},
                 {"dag":"2014-04-11","narvarande":true}]""");
        assertThat(vecka.statusCode()).isEqualTo(204);
        assertThat(utforare.post(
                                "/api/beslut/" + dv.beslutId() + "/narvaro",
                                "[{\"dag\":\"2014-02-03\",\"narvarande\":true}]")
                        .statusCode())
                .as("before the start")
                .isEqualTo(400);
        assertThat(HttpSession.api(port, "handlaggare.bou", DemoKonton.LOSENORD)
                        .post(
                                "/api/beslut/" + dv.beslutId() + "/narvaro",
                                "[{\"dag\":\"2014-04-14\",\"narvarande\":true}]")
                        .statusCode())
                .as("not the provider, not the case's unit: the decision does not exist")
                .isEqualTo(404);

        // the provider's week page: the recorded days ticked; saving it again with 14 April added
        HttpSession sida = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String veckosida =
                sida.get("/narvaro?enhet=UTF-SOLROSEN&vecka=2014-04-16").body();
        assertThat(veckosida).contains(dv.arendenummer(), "value=\"" + dv.beslutId() + "|2014-04-14\"");
        HttpResponse<String> sparad = sida.postForm(
                "/narvaro",
                Map.of(
                        "vecka",
                        "2014-04-14",
                        "enhet",
                        "UTF-SOLROSEN",
                        "visad",
                        dv.beslutId() + "|2014-04-14",
                        "narvarande",
                        dv.beslutId() + "|2014-04-14"));
        assertThat(sparad.statusCode()).isEqualTo(302);

        JsonNode april = json.readTree(HttpSession.api(port, "admin", DemoKonton.LOSENORD)
                .get("/api/kostnader/2014-04")
                .body());
        JsonNode rad = rader(april, dv.beslutId().toString());
        assertThat(rad.get("dagar").asInt()).as("7, 8, 9, 11 and 14 April").isEqualTo(5);
        assertThat(rad.get("summa").decimalValue()).isEqualByComparingTo("2095"); // 5 × 419 (P26)
        assertThat(jdbc.sql("select registrerad_av from narvaro where beslut_id = :b and dag = '2014-04-14'")
                        .param("b", dv.beslutId())
                        .query(String.class)
                        .single())
                .isEqualTo(DemoKonton.UTFORARE);
    }

    @Test
    void performedHoursReplaceGrantedOnesAndABadFileChangesNothing() throws IOException { // R28
        Kostnadsdata data = new Kostnadsdata(jdbc);
        String utforare = data.utforare("UTF-KOSTNAD-MAJ");
        Kostnadsdata.Insats assistans = personligAssistans(data, utforare);
        Kostnadsdata.Insats annan = personligAssistans(data, utforare);
        HttpSession admin = HttpSession.api(port, "admin", DemoKonton.LOSENORD);

        HttpResponse<String> felaktig = admin.post(
                "/api/kostnader/utford-tid",
                "text/csv",
                """
                personnummer;insats;manad;timmar
                %s;LSS_PERSONLIG_ASSISTANS;2014-05;80
                19310101-0000;LSS_PERSONLIG_ASSISTANS;2014-05;10
                %s;LSS_PERSONLIG_ASSISTANS;2014-05;tio
                %s;LSS_BOSTAD_SARSKILD_SERVICE;2014-05;3
                %s;LSS_PERSONLIG_ASSISTANS;2014-05;3
                """.formatted(
                                assistans.personnummer(),
                                annan.personnummer(),
                                annan.personnummer(),
                                se.tillit.Testpersoner.medKontrollsiffra("19310101-238")),
                "X-Kalla",
                "tid-2014-05.csv");
        assertThat(felaktig.statusCode()).isEqualTo(400);
        assertThat(felaktig.body()).contains("rad 3", "ogiltigt personnummer", "rad 4", "tio", "rad 5", "rad 6");
        // issue 16: a person without that insats and a person not in Tillit get the same answer
        String ingenMatchning = "matchar inte exakt en verkställd insats av typen ";
        assertThat(felaktig.body().split(java.util.regex.Pattern.quote(ingenMatchning), -1))
                .hasSize(3);
        assertThat(felaktig.body()).doesNotContain("finns inte i Tillit", "hade ingen");
        assertThat(utfordaManader(assistans.beslutId()))
                .as("nothing of a faulty file is kept")
                .isZero();

        HttpResponse<String> korrekt = importeraSomAdmin(
                "tid-2014-05.csv",
                ("personnummer;insats;manad;timmar\r\n" + assistans.personnummer()
                        + ";LSS_PERSONLIG_ASSISTANS;2014-05;80,5\r\n"));
        assertThat(korrekt.statusCode()).isEqualTo(302);

        JsonNode maj = json.readTree(admin.get("/api/kostnader/2014-05").body());
        JsonNode importerad = rader(maj, assistans.beslutId().toString());
        assertThat(importerad.get("beviljadeTimmar").decimalValue()).isEqualByComparingTo("88.57"); // 20 × 31 / 7
        assertThat(importerad.get("utfordaTimmar").decimalValue()).isEqualByComparingTo("80.50");
        assertThat(importerad.get("summa").decimalValue()).isEqualByComparingTo("21815.50"); // 80.5 × 271 (P06)
        JsonNode beviljad = rader(maj, annan.beslutId().toString());
        assertThat(beviljad.get("summa").decimalValue()).isEqualByComparingTo("24002.47"); // 88.57 × 271
        assertThat(jdbc.sql("select kalla || ' ' || importerad_av from utford_tid where beslut_id = :b")
                        .param("b", assistans.beslutId())
                        .query(String.class)
                        .single())
                .isEqualTo("tid-2014-05.csv admin");
    }

    /**
     * The time-registration system's file as Excel or most systems write it (issue 20): a byte order mark, every field in
     * quotes, a semicolon inside a quoted field refused as a field of its own would be, and an unclosed quote named by its
     * line with nothing imported (R28).
     */
    @Test
    void aFileWithQuotedFieldsIsReadAndAnUnclosedQuoteIsNamedByItsLine() throws IOException { // R28
        Kostnadsdata data = new Kostnadsdata(jdbc);
        String utforare = data.utforare("UTF-KOSTNAD-CITAT");
        Kostnadsdata.Insats assistans = personligAssistans(data, utforare);
        HttpSession admin = HttpSession.api(port, "admin", DemoKonton.LOSENORD);

        HttpResponse<String> oavslutat = admin.post(
                "/api/kostnader/utford-tid",
                "text/csv",
                "personnummer;insats;manad;timmar\r\n\"" + assistans.personnummer()
                        + "\";\"LSS_PERSONLIG_ASSISTANS\";\"2014-08\";\"12,5\r\n",
                "X-Kalla",
                "citat.csv");
        assertThat(oavslutat.statusCode()).isEqualTo(400);
        assertThat(oavslutat.body()).contains("rad 2", "citattecken");

        HttpResponse<String> semikolonICitat = admin.post(
                "/api/kostnader/utford-tid",
                "text/csv",
                "personnummer;insats;manad;timmar\r\n\"" + assistans.personnummer()
                        + "\";\"LSS_PERSONLIG_ASSISTANS;SOL_HEMTJANST\";\"2014-08\";\"12,5\"\r\n",
                "X-Kalla",
                "citat.csv");
        assertThat(semikolonICitat.statusCode())
                .as("one field, an unknown insats")
                .isEqualTo(400);
        assertThat(semikolonICitat.body())
                .contains("rad 2", "LSS_PERSONLIG_ASSISTANS;SOL_HEMTJANST")
                .doesNotContain("fyra");
        assertThat(utfordaManader(assistans.beslutId()))
                .as("nothing of a faulty file is kept")
                .isZero();

        HttpResponse<String> excel = importeraSomAdmin(
                "tid-2014-08.csv",
                ("\uFEFF\"personnummer\";\"insats\";\"manad\";\"timmar\"\r\n\"" + assistans.personnummer()
                        + "\";\"LSS_PERSONLIG_ASSISTANS\";\"2014-08\";\"12,5\"\r\n\r\n"));
        assertThat(excel.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select timmar from utford_tid where beslut_id = :b and manad = '2014-08-01'")
                        .param("b", assistans.beslutId())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("12.50");
    }

    @Test
    void aClosedMonthIsFrozenAndAPriceChangeOrLaterRecordsDoNotChangeIt() throws IOException { // R25, R29
        Kostnadsdata data = new Kostnadsdata(jdbc);
        String utforare = data.utforare("UTF-KOSTNAD-FEB");
        Kostnadsdata.Insats bostad = data.insats(
                utforare,
                "EXTERN",
                "LSS_BOSTAD_SARSKILD_SERVICE",
                2,
                null,
                LocalDate.of(2014, 1, 15),
                LocalDate.of(2014, 1, 15),
                null);
        HttpSession admin = HttpSession.browser(port, "admin", DemoKonton.LOSENORD);

        assertThat(admin.postForm("/kostnader/stang", Map.of("manad", "2014-02"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/kostnader?manad=2014-02").body())
                .contains("Månaden stängdes", "av admin", "internpris v1", "27 020,00"); // 28 × 965 (P11)

        String deploymentId = repositoryService
                .createDeployment()
                .name("test: P11 höjt retroaktivt")
                .addString("internpris.dmn", internpris().replace("<text>965</text>", "<text>999</text>"))
                .deploy()
                .getId();
        try {
            jdbc.sql(
                            "insert into avbrott (beslut_id, fran, till, orsak, skapad_av) values (:b, '2014-02-10', '2014-02-12', 'sjukhus', 'test')")
                    .param("b", bostad.beslutId())
                    .update();

            JsonNode februari = json.readTree(HttpSession.api(port, "admin", DemoKonton.LOSENORD)
                    .get("/api/kostnader/2014-02")
                    .body());
            assertThat(februari.get("stangd").asBoolean()).isTrue();
            assertThat(summa(februari, utforare)).as("frozen").isEqualTo("27020.00");
            JsonNode mars = json.readTree(HttpSession.api(port, "admin", DemoKonton.LOSENORD)
                    .get("/api/kostnader/2014-03")
                    .body());
            assertThat(rader(mars, bostad.beslutId().toString()).get("apris").decimalValue())
                    .as("an open month takes the new price")
                    .isEqualByComparingTo("999");
            assertThat(mars.get("prislistversion").asText()).isEqualTo("internpris v2");
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }

        assertThat(admin.postForm("/kostnader/stang", Map.of("manad", "2014-02"))
                        .statusCode())
                .as("closed once")
                .isEqualTo(400);
        assertThat(admin.postForm(
                                "/kostnader/stang",
                                Map.of(
                                        "manad",
                                        java.time.YearMonth.now(se.tillit.drift.Svensktid.ZON)
                                                .toString()))
                        .statusCode())
                .as("a month that has not ended")
                .isEqualTo(400);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .postForm("/kostnader/stang", Map.of("manad", "2014-01"))
                        .statusCode())
                .as("only an administrator closes")
                .isEqualTo(403);
        HttpResponse<String> sent = HttpSession.api(port, "admin", DemoKonton.LOSENORD)
                .post(
                        "/api/kostnader/utford-tid",
                        "text/csv",
                        "personnummer;insats;manad;timmar\n" + bostad.personnummer()
                                + ";LSS_BOSTAD_SARSKILD_SERVICE;2014-02;1\n");
        assertThat(sent.body()).contains("2014-02 är stängd");
    }

    private static String summa(JsonNode manad, String utforare) {
        java.math.BigDecimal summa = java.math.BigDecimal.ZERO;
        for (JsonNode rad : manad.get("rader")) {
            if (rad.get("utforare").asText().equals(utforare)) {
                summa = summa.add(rad.get("summa").decimalValue());
            }
        }
        return summa.setScale(2).toPlainString();
    }

    private static JsonNode rader(JsonNode manad, String beslutId) {
        for (JsonNode rad : manad.get("rader")) {
            if (beslutId.equals(rad.path("beslutId").asText())) {
                return rad;
            }
        }
        throw new AssertionError("no line for " + beslutId + " in " + manad);
    }

    private static String internpris() throws IOException {
        try (InputStream in = KostnadTest.class.getClassLoader().getResourceAsStream("decisions/internpris.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** How many months of performed hours are stored for a decision. */
    private long utfordaManader(java.util.UUID beslutId) {
        return jdbc.sql("select count(*) from utford_tid where beslut_id = :b")
                .param("b", beslutId)
                .query(Long.class)
                .single();
    }

    /** The administrator's upload of a time-registration file on the costs page, as the browser sends it. */
    private HttpResponse<String> importeraSomAdmin(String filnamn, String innehall) {
        return HttpSession.browser(port, "admin", DemoKonton.LOSENORD)
                .postFil("/kostnader/utford-tid", filnamn, innehall.getBytes(StandardCharsets.UTF_8));
    }

    /** A personal assistance of 20 hours a week from this provider (LOV), granted and started 1 January 2014. */
    private static Kostnadsdata.Insats personligAssistans(Kostnadsdata data, String utforare) {
        return data.insats(
                utforare,
                "LOV",
                "LSS_PERSONLIG_ASSISTANS",
                null,
                "20 tim/vecka",
                LocalDate.of(2014, 1, 1),
                LocalDate.of(2014, 1, 1),
                null);
    }
}
