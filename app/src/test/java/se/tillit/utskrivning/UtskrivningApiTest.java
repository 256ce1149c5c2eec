package se.tillit.utskrivning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utskrivningsprocessen;

/**
 * The region's messages for one patient, in order and out of order, through the API with the region's service
 * account, and what the municipality then has: the case and its aktualisering, the tasks, the liable days and the
 * cost (lag 2017:612; seed 002 §2.4–2.6, D4–D5, C41).
 */
@TillitSpringTest
class UtskrivningApiTest {

    static final String MEDDELANDEN = "/api/region/utskrivning/meddelanden";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ObjectMapper json;

    HttpSession region;

    @BeforeEach
    void regionen() {
        region = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD);
        // the year's amount, as an administrator sets it (the real 2026 amount is not in the seeds)
        HttpResponse<String> belopp = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .put(
                        "/api/admin/utskrivning/dygnsbelopp/2026",
                        "{\"belopp\":9300,\"kalla\":\"Testvärde, inte Socialstyrelsens belopp\"}");
        assertThat(belopp.statusCode()).as(belopp.body()).isEqualTo(200);
    }

    @Test
    void inOrderThePatientIsPlannedForTheSipIsAttendedAndTheLiableDaysArePaid() throws Exception {
        String pnr = personnummer(1970, 4, 12, 81);
        HttpResponse<String> inskrivning =
                skicka("in-1", "INSKRIVNING", "VT-1001", "2026-11-10T08:00:00+01:00", """
                ,"personnummer":"%s","fornamn":"Ingrid","efternamn":"Inskrivensson","inskriven":"2026-11-10T07:40:00+01:00",
                "vardenhet":"Södersjukhuset, avdelning 12","vardform":"SOMATISK","beraknadUtskrivning":"2026-11-14\"""".formatted(pnr));
        assertThat(inskrivning.statusCode()).as(inskrivning.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(inskrivning.body(), "arendenummer");
        String utskrivningId = HttpSession.json(inskrivning.body(), "utskrivningId");
        // the inskrivningsmeddelande is an aktualisering (an anmälan) of the unit, with its planning task (seed 002
        // step 2–3)
        assertThat(jdbc.sql("""
                        select a.typ || ':' || a.orsakskod || ':' || ar.enhet_kod from aktualisering a join arende ar on ar.id = a.arende_id
                         where ar.arendenummer = :n""").param("n", arendenummer).query(String.class).list())
                .containsExactly("ANMALAN:INSKRIVNINGSMEDDELANDE:LSS");
        assertThat(uppgifter(arendenummer))
                .contains(
                        Utskrivningsprocessen.TASK_PLANERA_UTSKRIVNING,
                        Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING);

        // sent on Friday afternoon (the free days run from the sending, D5)
        assertThat(skicka("klar-1", "UTSKRIVNINGSKLAR", "VT-1001", "2026-11-13T15:10:00+01:00", "")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> igen = skicka("klar-1", "UTSKRIVNINGSKLAR", "VT-1001", "2026-11-13T15:10:00+01:00", "");
        assertThat(igen.statusCode())
                .as("the same message twice has one effect")
                .isEqualTo(200);
        assertThat(HttpSession.json(igen.body(), "meddelandeId")).isEqualTo("klar-1");
        assertThat(skicka("klar-1", "UTSKRIVNINGSKLAR", "VT-1001", "2026-11-13T16:00:00+01:00", "")
                        .statusCode())
                .as("the same id with other content")
                .isEqualTo(409);
        assertThat(jdbc.sql(
                                "select count(*) from utskrivningsklar_period p join utskrivning u on u.id = p.utskrivning_id where u.vardtillfalle = 'VT-1001'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(skicka(
                                "sip-1",
                                "SIP_KALLELSE",
                                "VT-1001",
                                "2026-11-14T09:00:00+01:00",
                                ",\"sipMote\":\"2026-11-17T10:00:00+01:00\"")
                        .statusCode())
                .isEqualTo(201);
        assertThat(uppgifter(arendenummer))
                .contains(Utskrivningsprocessen.TASK_DELTA_I_SIP)
                .doesNotContain(Utskrivningsprocessen.TASK_SIP_KALLELSE_SAKNAS);

        // discharged on Thursday morning: Monday, Tuesday and Wednesday were liable (LAG: Friday + 3 calendar days)
        assertThat(skicka("ut-1", "UTSKRIVEN", "VT-1001", "2026-11-19T10:00:00+01:00", "")
                        .statusCode())
                .isEqualTo(201);
        assertThat(uppgifter(arendenummer))
                .doesNotContain(Utskrivningsprocessen.TASK_PLANERA_UTSKRIVNING, Utskrivningsprocessen.TASK_DELTA_I_SIP);

        JsonNode detalj = json.readTree(HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/api/utskrivningar/" + utskrivningId)
                .body());
        assertThat(detalj.get("betalningsdagar").asInt()).isEqualTo(3);
        assertThat(detalj.get("belopp").decimalValue()).isEqualByComparingTo("27900"); // 3 × 9 300
        JsonNode period = detalj.get("perioder").get(0);
        assertThat(period.get("forstaBetalningsdag").asText()).isEqualTo("2026-11-16");
        assertThat(period.get("overenskommelse").asText()).isEqualTo("LAG");
        assertThat(detalj.get("meddelanden")).hasSize(4);

        JsonNode rapport = json.readTree(HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD)
                .get("/api/utskrivningar/rapport/2026-11")
                .body());
        JsonNode rad = rad(rapport, utskrivningId);
        assertThat(rad.get("klaraDagar").asInt()).as("13–18 November").isEqualTo(6);
        assertThat(rad.get("betalningsdagar").asInt()).isEqualTo(3);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .get("/utskrivningar/rapport?manad=2026-11")
                        .body())
                .contains(arendenummer, "27 900,00");
        assertThat(jdbc.sql("select count(*) from atkomstlogg where beskrivning = 'Utskrivningsklara per månad'")
                        .query(Long.class)
                        .single())
                .as("the chef's report names patients: each a logged read")
                .isPositive();
        // issue 16: ADMIN operates; it sees the unit's days and amounts, not who the patient is
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/utskrivningar/rapport?manad=2026-11")
                        .body())
                .contains("27 900,00", "Patient i LSS och funktionsnedsättning")
                .doesNotContain(arendenummer)
                .doesNotContain(utskrivningId);
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/utskrivningar/" + utskrivningId)
                        .body())
                .contains("Södersjukhuset, avdelning 12", "2026-11-16", "Kallelse till SIP");
        assertThat(jdbc.sql("select count(*) from atkomstlogg where beskrivning = 'Utskrivning från sluten vård'")
                        .query(Long.class)
                        .single())
                .as("every read of a stay is logged")
                .isPositive();
    }

    @Test
    void outOfOrderMessagesAreRecordedAndFlaggedNotLostAndAnUnknownStayIsRefused() throws Exception {
        String pnr = personnummer(1975, 8, 3, 82);
        String utskrivningId = HttpSession.json(
                skicka("in-2", "INSKRIVNING", "VT-2002", "2026-11-02T10:00:00+01:00", """
                ,"personnummer":"%s","fornamn":"Olle","efternamn":"Omvänd","inskriven":"2026-11-02T09:00:00+01:00",
                "vardenhet":"Psykiatri Nord","vardform":"PSYKIATRISK\"""".formatted(pnr))
                        .body(),
                "utskrivningId");

        HttpResponse<String> utskriven = skicka("ut-2", "UTSKRIVEN", "VT-2002", "2026-11-12T12:00:00+01:00", "");
        assertThat(utskriven.statusCode()).isEqualTo(201);
        assertThat(utskriven.body()).contains("Utskriven utan att underrättelse om utskrivningsklar tagits emot");
        HttpResponse<String> sen = skicka("klar-2", "UTSKRIVNINGSKLAR", "VT-2002", "2026-11-06T09:00:00+01:00", "");
        assertThat(sen.statusCode()).isEqualTo(201);
        assertThat(sen.body()).contains("efter att vårdtillfället avslutats");

        JsonNode detalj = json.readTree(HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD)
                .get("/api/utskrivningar/" + utskrivningId)
                .body());
        JsonNode period = detalj.get("perioder").get(0);
        assertThat(period.get("upphordeOrsak").asText()).isEqualTo("UTSKRIVEN");
        // psychiatric care by law: 3 calendar days from Friday 6 November → liable 9, 10, 11 November
        assertThat(detalj.get("betalningsdagar").asInt()).isEqualTo(3);

        HttpResponse<String> okand = skicka("x-1", "UTSKRIVNINGSKLAR", "VT-OKAND", "2026-11-06T09:00:00+01:00", "");
        assertThat(okand.statusCode()).isEqualTo(404);
        assertThat(okand.body()).contains("VT-OKAND");
        assertThat(jdbc.sql("select count(*) from utskrivningsmeddelande where meddelande_id = 'x-1'")
                        .query(Long.class)
                        .single())
                .as("refused, not swallowed: nothing kept")
                .isZero();

        HttpResponse<String> ofullstandig = skicka(
                "in-3", "INSKRIVNING", "VT-3003", "2026-11-02T10:00:00+01:00", ",\"personnummer\":\"19750803-0000\"");
        assertThat(ofullstandig.statusCode()).isEqualTo(400);
        assertThat(ofullstandig.body()).contains("personnummer", "vardenhet", "inskriven");
        assertThat(jdbc.sql("select count(*) from utskrivning where vardtillfalle = 'VT-3003'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void noLongerReadyStopsThePaymentAndANewNoticeStartsNewFreeDays() throws Exception { // D5
        String id = HttpSession.json(
                skicka("in-4", "INSKRIVNING", "VT-4004", "2026-10-30T10:00:00+01:00", """
                ,"personnummer":"%s","fornamn":"Berit","efternamn":"Bakslag","inskriven":"2026-10-30T09:00:00+01:00",
                "vardenhet":"Medicin 4","vardform":"SOMATISK","beraknadUtskrivning":"2026-11-03\"""".formatted(
                                        personnummer(1966, 9, 9, 86)))
                        .body(),
                "utskrivningId");
        assertThat(skicka(
                                "datum-4",
                                "BERAKNAD_UTSKRIVNING_ANDRAD",
                                "VT-4004",
                                "2026-11-01T10:00:00+01:00",
                                ",\"beraknadUtskrivning\":\"2026-11-10\"")
                        .statusCode())
                .isEqualTo(201);
        skicka("klar-4a", "UTSKRIVNINGSKLAR", "VT-4004", "2026-11-02T10:00:00+01:00", ""); // liable from Thursday 5th
        skicka(
                "inte-4",
                "INTE_LANGRE_UTSKRIVNINGSKLAR",
                "VT-4004",
                "2026-11-07T12:00:00+01:00",
                ""); // 5th and 6th paid
        skicka(
                "klar-4b",
                "UTSKRIVNINGSKLAR",
                "VT-4004",
                "2026-11-09T10:00:00+01:00",
                ""); // new free days: from the 12th
        HttpResponse<String> avbrott = skicka("avbrott-4", "AVBROTT", "VT-4004", "2026-11-13T08:00:00+01:00", "");
        assertThat(avbrott.statusCode()).isEqualTo(201);

        JsonNode detalj = json.readTree(HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/api/utskrivningar/" + id)
                .body());
        assertThat(detalj.get("perioder")).hasSize(2);
        assertThat(detalj.get("perioder").get(0).get("upphordeOrsak").asText())
                .isEqualTo("INTE_LANGRE_UTSKRIVNINGSKLAR");
        assertThat(detalj.get("perioder").get(1).get("upphordeOrsak").asText()).isEqualTo("AVBROTT");
        assertThat(detalj.get("betalningsdagar").asInt())
                .as("5, 6 and 12 November")
                .isEqualTo(3);
        assertThat(detalj.get("utskrivning").get("status").asText()).isEqualTo("AVBRUTEN");
        assertThat(detalj.get("utskrivning").get("beraknadUtskrivning").asText())
                .isEqualTo("2026-11-10");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(Utskrivningsprocessen.PROCESS)
                        .variableValueEquals("utskrivningId", id)
                        .count())
                .as("the abort ended the process")
                .isZero();
        assertThat(skicka("sen-4", "SIP_KALLELSE", "VT-4004", "2026-11-14T08:00:00+01:00", "")
                        .body())
                .contains("efter att vårdtillfället avslutats");
    }

    @Test
    void onlyTheRegionsServiceAccountPostsAndItReadsNothingOfTheMunicipalitys() {
        assertThat(HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .post(MEDDELANDEN, """
                {"meddelandeId":"h-1","typ":"AVBROTT","vardtillfalle":"VT-1","skickad":"2026-11-02T10:00:00+01:00"}""")
                        .statusCode())
                .isEqualTo(403);
        assertThat(region.get("/api/utskrivningar/rapport/2026-11").statusCode())
                .isEqualTo(403);
        assertThat(region.get("/api/arenden/00000000-0000-0000-0000-000000000000")
                        .statusCode())
                .isIn(403, 404);
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/admin/utskrivning")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theAgreementInForceWhenTheNoticeWasSentDecidesTheFreeDays() throws Exception { // D6, D11
        HttpSession admin = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.post(
                                "/api/admin/utskrivning/overenskommelser",
                                "{\"overenskommelse\":\"STOCKHOLM_2018\",\"giltigFrom\":\"2018-01-01\",\"giltigTom\":\"2019-12-31\"}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> overlapp = admin.post(
                "/api/admin/utskrivning/overenskommelser",
                "{\"overenskommelse\":\"LAG\",\"giltigFrom\":\"2019-06-01\"}");
        assertThat(overlapp.statusCode()).isEqualTo(400);
        assertThat(overlapp.body()).contains("överlappar");
        assertThat(admin.put(
                                "/api/admin/utskrivning/dygnsbelopp/2019",
                                "{\"belopp\":7800,\"kalla\":\"HSLF-FS 2018:67\"}")
                        .statusCode())
                .isEqualTo(200);

        String id = HttpSession.json(
                skicka("in-19", "INSKRIVNING", "VT-2019", "2019-03-01T10:00:00+01:00", """
                ,"personnummer":"%s","fornamn":"Sture","efternamn":"Stockholmsson","inskriven":"2019-03-01T09:00:00+01:00",
                "vardenhet":"Karolinska, avdelning 3","vardform":"SOMATISK\"""".formatted(
                                        personnummer(1968, 2, 14, 83)))
                        .body(),
                "utskrivningId");
        skicka("klar-19", "UTSKRIVNINGSKLAR", "VT-2019", "2019-03-08T11:00:00+01:00", ""); // a Friday
        skicka("ut-19", "UTSKRIVEN", "VT-2019", "2019-03-20T10:00:00+01:00", "");

        JsonNode detalj = json.readTree(HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD)
                .get("/api/utskrivningar/" + id)
                .body());
        JsonNode period = detalj.get("perioder").get(0);
        assertThat(period.get("overenskommelse").asText()).isEqualTo("STOCKHOLM_2018");
        assertThat(period.get("forstaBetalningsdag").asText())
                .as("5 working days after Friday 8 March")
                .isEqualTo("2019-03-15");
        assertThat(detalj.get("betalningsdagar").asInt()).as("15–19 March").isEqualTo(5);
        assertThat(detalj.get("belopp").decimalValue()).isEqualByComparingTo("39000"); // 5 × 7 800
    }

    @Test
    void aPersonWithAnOpenCaseGetsTheInskrivningInItAndAReadmissionOfAnOlderPersonIsCounted()
            throws Exception { // R14, D9
        String pnr = personnummer(1972, 6, 30, 84);
        String oppet = HttpSession.json(
                HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Karin","efternamn":"Kand","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"2026-10-01T09:00:00+02:00","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(pnr))
                        .body(),
                "arendenummer");
        HttpResponse<String> inskrivning =
                skicka("in-k", "INSKRIVNING", "VT-K", "2026-11-03T10:00:00+01:00", """
                ,"personnummer":"%s","inskriven":"2026-11-03T08:00:00+01:00","vardenhet":"Avd 5","vardform":"SOMATISK\"""".formatted(pnr));
        assertThat(HttpSession.json(inskrivning.body(), "arendenummer"))
                .as("the open case takes it")
                .isEqualTo(oppet);

        String aldre = personnummer(1950, 1, 20, 85);
        skicka("in-a1", "INSKRIVNING", "VT-A1", "2026-10-01T10:00:00+02:00", """
                ,"personnummer":"%s","fornamn":"Alma","efternamn":"Aterkommer","inskriven":"2026-10-01T08:00:00+02:00",
                "vardenhet":"Geriatriken","vardform":"SOMATISK\"""".formatted(aldre));
        skicka("ut-a1", "UTSKRIVEN", "VT-A1", "2026-10-20T10:00:00+02:00", "");
        skicka("in-a2", "INSKRIVNING", "VT-A2", "2026-11-05T10:00:00+01:00", """
                ,"personnummer":"%s","inskriven":"2026-11-05T08:00:00+01:00","vardenhet":"Geriatriken","vardform":"SOMATISK\"""".formatted(aldre));

        JsonNode rapport = json.readTree(HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/api/utskrivningar/rapport/2026-11")
                .body());
        assertThat(rapport.get("aterinskrivna65").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("select enhet_kod from utskrivning where vardtillfalle = 'VT-A2'")
                        .query(String.class)
                        .single())
                .as("65 or older: the unit for older people")
                .isEqualTo("ALDRE");
    }

    private HttpResponse<String> skicka(String id, String typ, String vardtillfalle, String skickad, String resten) {
        return region.post(
                MEDDELANDEN,
                "{\"meddelandeId\":\"%s\",\"typ\":\"%s\",\"vardtillfalle\":\"%s\",\"skickad\":\"%s\"%s}"
                        .formatted(id, typ, vardtillfalle, skickad, resten));
    }

    private List<String> uppgifter(String arendenummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(arendenummer).list().stream()
                .map(task -> task.getTaskDefinitionKey())
                .toList();
    }

    private static JsonNode rad(JsonNode rapport, String utskrivningId) {
        for (JsonNode rad : rapport.get("rader")) {
            if (rad.get("id").asText().equals(utskrivningId)) {
                return rad;
            }
        }
        throw new AssertionError(utskrivningId + " not in " + rapport);
    }

    /** A made-up number, valid in form: the birth date, serial 98x and its check digit. */
    static String personnummer(int ar, int manad, int dag, int lopnummer) {
        String utan = String.format("%02d%02d%02d%03d", ar % 100, manad, dag, 900 + lopnummer);
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utan.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return ar / 100 + utan.substring(0, 6) + "-" + utan.substring(6) + (10 - summa % 10) % 10;
    }
}
