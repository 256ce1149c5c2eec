package se.tillit.beslut;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Beslutprocessen;

/**
 * The decision's page after it is taken (issue 14): the decision, its delgivning and every step of an appeal in the
 * browser, through the same use cases as the API, driving the process beslut (C6, R33; förvaltningslagen 38–39, 44–46 §§).
 * Every read logged (C55); other units see nothing; a form sent twice or by two people at once does its step once and
 * answers with the page, never a 5xx.
 */
@TillitSpringTest
class BeslutSidaTest extends Beslutstestbas {

    static final String KORTTID = """
            {"insatstyp":"LSS_KORTTIDSVISTELSE","utfall":"%2$s","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 6"},
             "omfattning":"Två helger i månaden","niva":2,"giltigFrom":"%1$s","motivering":"Behovet av miljöombyte är inte styrkt",
             "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%1$s"%3$s}""";

    @Test
    void thePageShowsTheDecisionToTheUnitAndTheAuditorAndEveryReadIsLogged() {
        Fall fall = nyttAvslag(igar);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);

        HttpResponse<String> sida = leo.get("/beslut/" + fall.beslutId);

        assertThat(sida.statusCode()).isEqualTo(200);
        assertThat(sida.body())
                .contains(
                        "Beslut: Korttidsvistelse utanför hemmet (LSS)",
                        "Avslag",
                        "LSS (1993:387) 9 § 6",
                        "Två helger i månaden",
                        "Behovet av miljöombyte är inte styrkt",
                        "LSS-3.1",
                        "handlaggare.lss",
                        "Beslutet är inte delgivet",
                        "Registrera delgivningen",
                        fall.arendenummer)
                .doesNotContain("LSS_KORTTIDSVISTELSE");
        // the scope and validity rows, one fragment with the provider's page of the order (fragments.html)
        assertThat(sida.body())
                .contains(
                        "<dt>Omfattning</dt>",
                        "<dt>Nivå</dt>",
                        "<dd>2</dd>",
                        "<dt>Giltighet</dt>",
                        "<dd>Från " + igar + ", tills vidare</dd>");
        assertThat(loggade(fall, "handlaggare.lss")).isEqualTo(1);
        assertThat(leo.get("/arenden/" + fall.arendeId).body())
                .as("the case page links each decision to its page")
                .contains("/beslut/" + fall.beslutId);

        for (String lasare : List.of("chef.lss", DemoKonton.REVISOR)) {
            HttpResponse<String> las =
                    HttpSession.browser(port, lasare, DemoKonton.LOSENORD).get("/beslut/" + fall.beslutId);
            assertThat(las.statusCode()).as(lasare).isEqualTo(200);
            assertThat(las.body())
                    .as(lasare + " reads, does not write")
                    .contains("Avslag")
                    .doesNotContain("Registrera delgivningen");
            assertThat(loggade(fall, lasare)).isEqualTo(1);
        }
        HttpResponse<String> annanEnhet = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/beslut/" + fall.beslutId);
        assertThat(annanEnhet.statusCode()).isEqualTo(404);
        assertThat(annanEnhet.body()).doesNotContain(fall.arendenummer).doesNotContain("Demosson");
        assertThat(loggade(fall, DemoKonton.HANDLAGGARE)).isZero();
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get("/beslut/" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void delgivningNeedsADateAndAWayAndASecondSubmitIsAnsweredWithThePage() { // C6
        Fall fall = nyttAvslag(igar);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);

        HttpResponse<String> tom = leo.postForm("/beslut/" + fall.beslutId + "/delgivning", Map.of());
        assertThat(tom.statusCode()).isEqualTo(400);
        assertThat(tom.body())
                .contains(
                        "Inget sparades",
                        "Ange ett datum.",
                        "Välj ett av alternativen.",
                        "id=\"fel-delgivningsdatum\"",
                        "aria-describedby=\"hjalp-delgivningsdatum fel-delgivningsdatum\"");
        HttpResponse<String> framtid = leo.postForm(
                "/beslut/" + fall.beslutId + "/delgivning",
                Map.of("delgivningsdatum", idag.plusDays(1).toString(), "delgivningssatt", "POST"));
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("Datumet kan inte ligga i framtiden.");
        HttpResponse<String> okantSatt = leo.postForm(
                "/beslut/" + fall.beslutId + "/delgivning",
                Map.of("delgivningsdatum", idag.toString(), "delgivningssatt", "BREVDUVA"));
        assertThat(okantSatt.statusCode()).isEqualTo(400);
        assertThat(kolumn(fall, "delgivningsdatum")).as("nothing saved").isNull();

        assertThat(skicka(
                        leo,
                        "/beslut/" + fall.beslutId + "/delgivning",
                        Map.of("delgivningsdatum", idag.toString(), "delgivningssatt", "DIGITAL_BREVLADA"),
                        fall.beslutId))
                .contains(
                        "Delgivningen är registrerad",
                        idag + " (Digital brevlåda)",
                        "Till och med",
                        "Registrera ett överklagande")
                .doesNotContain("Registrera delgivningen");
        assertThat(kolumn(fall, "delgivningssatt")).isEqualTo("DIGITAL_BREVLADA");
        assertThat(kolumn(fall, "overklagandefrist"))
                .as("the process computed the window")
                .isNotNull();

        for (String satt :
                List.of("DIGITAL_BREVLADA", "POST")) { // a double click; another user's other way a moment later
            assertThat(skicka(
                            leo,
                            "/beslut/" + fall.beslutId + "/delgivning",
                            Map.of("delgivningsdatum", idag.toString(), "delgivningssatt", satt),
                            fall.beslutId))
                    .as(satt)
                    .contains("Det steget var redan registrerat");
        }
        assertThat(kolumn(fall, "delgivningssatt")).isEqualTo("DIGITAL_BREVLADA");
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(beslutsprocess(fall))
                        .activityId(Beslutprocessen.SERVICE_BERAKNA_OVERKLAGANDEFRIST)
                        .count())
                .as("the appeal window computed once")
                .isEqualTo(1);
    }

    @Test
    void theApiStillTakesADelgivningWithoutAWay() {
        Fall fall = nyttAvslag(igar);

        HttpResponse<String> svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/beslut/" + fall.beslutId + "/delgivning", "{\"delgivningsdatum\":\"" + idag + "\"}");

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(kolumn(fall, "delgivningssatt")).isNull();
        HttpResponse<String> medSatt = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post(
                        "/api/beslut/" + nyttAvslag(igar).beslutId + "/delgivning",
                        "{\"delgivningsdatum\":\"" + idag + "\",\"delgivningssatt\":\"HAMTAT\"}");
        assertThat(medSatt.statusCode()).as(medSatt.body()).isEqualTo(200);
    }

    @Test
    void anAppealInTimeIsReconsideredForwardedAndJudgedOnThePageAndTheNewDecisionClosesIt() { // R33, FL 39, 45, 46 §§
        Fall fall = nyttAvslag(igar);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        skicka(
                leo,
                "/beslut/" + fall.beslutId + "/delgivning",
                Map.of("delgivningsdatum", igar.toString(), "delgivningssatt", "POST"),
                fall.beslutId);

        String overklagat = skicka(
                leo, "/beslut/" + fall.beslutId + "/overklagande", Map.of("inkom", igar.toString()), fall.beslutId);
        String overklagandeId = overklagandet(fall);
        assertThat(overklagat)
                .contains(
                        "Överklagandet är registrerat",
                        "Överklagande som kom in " + igar,
                        "I rätt tid",
                        "Ompröva beslutet");
        Task omprova = uppgift(fall, Beslutprocessen.TASK_OMPROVA);
        String uppgiftssida = leo.get("/uppgifter/" + omprova.getId()).body();
        assertThat(uppgiftssida)
                .as("the task page sends the handläggare here")
                .contains("/beslut/" + fall.beslutId)
                .doesNotContain("Ändras helt som personen begär");
        assertThat(skicka(
                        leo,
                        "/beslut/" + fall.beslutId + "/overklagande",
                        Map.of("inkom", igar.toString()),
                        fall.beslutId))
                .as("the same appeal twice")
                .contains("Det steget var redan registrerat");
        assertThat(antalOverklaganden(fall)).isEqualTo(1);

        HttpResponse<String> utanMotivering = leo.postForm(
                "/overklaganden/" + overklagandeId + "/omprovning",
                Map.of("omprovning", "INTE_ANDRAT", "omprovad", igar.toString()));
        assertThat(utanMotivering.statusCode()).isEqualTo(400);
        assertThat(utanMotivering.body())
                .contains("Fältet måste fyllas i.", "id=\"fel-motivering-" + overklagandeId + "\"");
        assertThat(uppgift(fall, Beslutprocessen.TASK_OMPROVA))
                .as("nothing done")
                .isNotNull();

        Map<String, String> omprovning = Map.of(
                "omprovning",
                "INTE_ANDRAT",
                "omprovad",
                igar.toString(),
                "motivering",
                "Överklagandet tillför inga nya omständigheter om behovet.");
        assertThat(skicka(leo, "/overklaganden/" + overklagandeId + "/omprovning", omprovning, fall.beslutId))
                .contains("Omprövningen är registrerad.");
        assertThat(skicka(leo, "/overklaganden/" + overklagandeId + "/omprovning", omprovning, fall.beslutId))
                .as("double click")
                .contains(
                        "Det steget var redan registrerat",
                        "Ändras inte",
                        "Överklagandet tillför inga nya omständigheter",
                        "Överlämnas senast",
                        "kommunens mål");
        assertThat(uppgift(fall, Beslutprocessen.TASK_OMPROVA)).isNull();
        Task overlamna = uppgift(fall, Beslutprocessen.TASK_OVERLAMNA);
        assertThat(overlamna).isNotNull();
        assertThat(runtimeService.getVariables(beslutsprocess(fall)))
                .as("the reasons stay in our table, not in the engine")
                .containsEntry("omprovning", "INTE_ANDRAT")
                .doesNotContainKey("motivering")
                .containsEntry("overlamnandeFristKalla", "LOKALT_MAL");
        LocalDate overlamnasSenast = jdbc.sql("select overlamnas_senast from overklagande where id = :id::uuid")
                .param("id", overklagandeId)
                .query(LocalDate.class)
                .single();
        assertThat(overlamnasSenast).isBetween(igar.plusDays(7), igar.plusDays(10));
        assertThat(overlamna
                        .getDueDate()
                        .toInstant()
                        .atZone(java.time.ZoneId.of("Europe/Stockholm"))
                        .toLocalDate())
                .isEqualTo(overlamnasSenast);

        HttpResponse<String> langtMalnummer = leo.postForm(
                "/overklaganden/" + overklagandeId + "/overlamnande",
                Map.of("overlamnat", igar.toString(), "malnummer", "1".repeat(41)));
        assertThat(langtMalnummer.statusCode()).isEqualTo(400);
        assertThat(langtMalnummer.body()).contains("Målnumret får vara högst 40 tecken.");
        String overlamnat = skicka(
                leo,
                "/overklaganden/" + overklagandeId + "/overlamnande",
                Map.of("overlamnat", igar.toString(), "malnummer", "4711-26"),
                fall.beslutId);
        assertThat(uppgift(fall, Beslutprocessen.TASK_OVERLAMNA)).isNull();
        assertThat(overlamnat)
                .contains(
                        "Överlämnandet är registrerat.",
                        "Överlämnat till förvaltningsrätten",
                        "4711-26",
                        "Förvaltningsrättens dom");

        String efterDomen = skicka(
                leo,
                "/overklaganden/" + overklagandeId + "/domslut",
                Map.of("domstolensUtfall", "BIFALLET", "domDatum", igar.toString()),
                fall.beslutId);
        assertThat(uppgift(fall, Beslutprocessen.TASK_FATTA_BESLUT_ENLIGT_DOM)).isNotNull();
        assertThat(efterDomen)
                .contains(
                        "Domen är registrerad.",
                        "Överklagandet bifölls",
                        "/arenden/" + fall.arendeId + "/beslut/nytt?enligtDom=" + overklagandeId,
                        "När det nya beslutet är fattat väljer du det här");

        // the new decision, taken elsewhere (the decision page); then named here, which completes the task
        HttpResponse<String> nytt = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post(
                        "/api/arenden/" + fall.arendeId + "/beslut",
                        KORTTID.formatted(
                                igar,
                                "BIFALL",
                                ",\"utforare\":\"UTF-SOLROSEN\",\"utforartyp\":\"EGEN_REGI\",\"onskadStart\":\"" + igar
                                        + "\"" + ",\"individuellPlan\":\"MUNTLIGT\""));
        assertThat(nytt.statusCode()).as(nytt.body()).isEqualTo(201);
        String nyttId = HttpSession.json(nytt.body(), "id");
        assertThat(leo.get("/beslut/" + fall.beslutId).body()).contains("value=\"" + nyttId + "\"");
        assertThat(leo.postForm(
                                "/overklaganden/" + overklagandeId + "/nytt-beslut",
                                Map.of("nyttBeslut", "inte-ett-id"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(leo.postForm(
                                "/overklaganden/" + overklagandeId + "/nytt-beslut",
                                Map.of("nyttBeslut", fall.beslutId))
                        .statusCode())
                .as("the appealed decision itself is no new decision")
                .isEqualTo(400);
        String kopplat = skicka(
                leo, "/overklaganden/" + overklagandeId + "/nytt-beslut", Map.of("nyttBeslut", nyttId), fall.beslutId);
        assertThat(uppgift(fall, Beslutprocessen.TASK_FATTA_BESLUT_ENLIGT_DOM)).isNull();
        assertThat(kopplat).contains("Det nya beslutet är kopplat till domen", "href=\"/beslut/" + nyttId + "\"");
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(beslutsprocess(fall))
                        .activityId(Beslutprocessen.END_DOM_VERKSTALLD)
                        .finished()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aLateAppealIsRecordedToBeDismissedAndNeverEntersTheProcess() { // FL 45 §
        LocalDate forraManaden = idag.minusDays(40);
        Fall fall = nyttAvslag(forraManaden);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        skicka(
                leo,
                "/beslut/" + fall.beslutId + "/delgivning",
                Map.of("delgivningsdatum", forraManaden.toString(), "delgivningssatt", "HAMTAT"),
                fall.beslutId);

        String sida = skicka(
                leo, "/beslut/" + fall.beslutId + "/overklagande", Map.of("inkom", idag.toString()), fall.beslutId);
        assertThat(sida)
                .contains("För sent", "Ska avvisas", "Registrera avvisningen")
                .doesNotContain("Ompröva beslutet");
        assertThat(uppgift(fall, Beslutprocessen.TASK_OMPROVA)).isNull();
        String overklagandeId = overklagandet(fall);
        assertThat(leo.postForm(
                                "/overklaganden/" + overklagandeId + "/omprovning",
                                Map.of(
                                        "omprovning",
                                        "INTE_ANDRAT",
                                        "omprovad",
                                        idag.toString(),
                                        "motivering",
                                        "Ett för sent överklagande omprövas inte."))
                        .statusCode())
                .isEqualTo(400);
        assertThat(skicka(
                        leo,
                        "/overklaganden/" + overklagandeId + "/avvisning",
                        Map.of("avvisat", idag.toString()),
                        fall.beslutId))
                .contains("Avvisningen är registrerad.", "Avvisat " + idag + " av handlaggare.lss")
                .doesNotContain("Registrera avvisningen");
    }

    @Test
    void onlyTheUnitsHandlaggareWritesAndNothingIsSavedForAnyoneElse() {
        Fall fall = nyttAvslag(igar);
        Map<String, String> delgivning = Map.of("delgivningsdatum", idag.toString(), "delgivningssatt", "POST");

        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .postForm("/beslut/" + fall.beslutId + "/delgivning", delgivning)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .postForm("/beslut/" + fall.beslutId + "/delgivning", delgivning)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .postForm("/beslut/" + fall.beslutId + "/delgivning", delgivning)
                        .statusCode())
                .isEqualTo(404);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .postForm("/overklaganden/" + UUID.randomUUID() + "/omprovning", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(kolumn(fall, "delgivningsdatum")).isNull();
    }

    @Test
    void twoOmprovningarSentAtOnceTakeEffectOnceAndNoneAnswers500() throws Exception {
        Fall fall = nyttAvslag(igar);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        skicka(
                leo,
                "/beslut/" + fall.beslutId + "/delgivning",
                Map.of("delgivningsdatum", idag.toString(), "delgivningssatt", "POST"),
                fall.beslutId);
        skicka(leo, "/beslut/" + fall.beslutId + "/overklagande", Map.of("inkom", idag.toString()), fall.beslutId);
        String overklagandeId = overklagandet(fall);
        List<HttpSession> sessioner = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessioner.add(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tradar = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> svar = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpSession session = sessioner.get(i);
            String utfall = i % 2 == 0 ? "INTE_ANDRAT" : "ANDRAT_DELVIS"; // two people, two opinions, one omprövning
            svar.add(tradar.submit(() -> {
                start.await();
                return session.postForm(
                        "/overklaganden/" + overklagandeId + "/omprovning",
                        Map.of(
                                "omprovning",
                                utfall,
                                "omprovad",
                                idag.toString(),
                                "motivering",
                                "Omprövat samtidigt av två handläggare."));
            }));
        }
        start.countDown();
        for (Future<HttpResponse<String>> s : svar) {
            assertThat(s.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
        }
        tradar.shutdown();

        List<String> meddelanden = sessioner.stream()
                .map(s -> s.get("/beslut/" + fall.beslutId).body())
                .toList();
        assertThat(meddelanden.stream().filter(m -> m.contains("Omprövningen är registrerad.")))
                .hasSize(1);
        assertThat(meddelanden.stream()
                        .filter(m ->
                                m.contains("Det steget var redan registrerat") || m.contains("ändrades samtidigt")))
                .hasSize(3);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(beslutsprocess(fall))
                        .taskDefinitionKey(Beslutprocessen.TASK_OVERLAMNA)
                        .count())
                .isEqualTo(1);
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(beslutsprocess(fall))
                        .activityId(Beslutprocessen.TASK_OMPROVA)
                        .count())
                .isEqualTo(1);
    }

    /** A form sent as a browser sends it: the answer must be the redirect to the decision's page, which is then shown. */
    private String skicka(HttpSession session, String adress, Map<String, String> falt, String beslutId) {
        HttpResponse<String> svar = session.postForm(adress, falt);
        assertThat(svar.statusCode())
                .as(adress + " " + falt + ": " + svar.body())
                .isEqualTo(302);
        assertThat(svar.headers().firstValue("Location").orElseThrow()).endsWith("/beslut/" + beslutId);
        return session.get("/beslut/" + beslutId).body();
    }

    // --- the fixture: a case and a decision through the API, as HeltLssArendeTest makes them

    record Fall(String arendeId, String arendenummer, String beslutId) {}

    private Fall nyttAvslag(LocalDate beslutsdatum) {
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Ansokan.Arende arende = new Ansokan(port, taskService, "handlaggare.lss", "LSS", "LSS")
                .person(personnummer(), "Bengt", "Demosson")
                .inkom(OffsetDateTime.now().minusDays(50))
                .motivering("Ansökan om korttidsvistelse")
                .bedomd();
        HttpResponse<String> beslut = api.post(
                "/api/arenden/" + arende.arendeId() + "/beslut", KORTTID.formatted(beslutsdatum, "AVSLAG", ""));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        return new Fall(arende.arendeId(), arende.arendenummer(), HttpSession.json(beslut.body(), "id"));
    }

    /** A valid personnummer in Skatteverket's test series (serial 980–999), different each time. */
    static String personnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        String utan = String.format(
                "%02d%02d%02d%03d",
                slump.nextInt(40, 99), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20));
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utan.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utan.substring(0, 6) + "-" + utan.substring(6) + (10 - summa % 10) % 10;
    }

    private String beslutsprocess(Fall fall) {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(Beslutprocessen.PROCESS)
                .variableValueEquals("beslutId", fall.beslutId)
                .singleResult()
                .getId();
    }

    private Task uppgift(Fall fall, String uppgift) {
        return taskService
                .createTaskQuery()
                .processVariableValueEquals("beslutId", fall.beslutId)
                .taskDefinitionKey(uppgift)
                .singleResult();
    }

    private String overklagandet(Fall fall) {
        return jdbc.sql("select id::text from overklagande where beslut_id = :b::uuid")
                .param("b", fall.beslutId)
                .query(String.class)
                .single();
    }

    private long antalOverklaganden(Fall fall) {
        return jdbc.sql("select count(*) from overklagande where beslut_id = :b::uuid")
                .param("b", fall.beslutId)
                .query(Long.class)
                .single();
    }

    private String kolumn(Fall fall, String kolumn) {
        return jdbc.sql("select " + kolumn + "::text from beslut where id = :b::uuid")
                .param("b", fall.beslutId)
                .query(String.class)
                .list()
                .get(0);
    }

    private long loggade(Fall fall, String anvandare) {
        return jdbc.sql("""
                        select count(*) from atkomstlogg where arende_id = :a::uuid and anvandarnamn = :u and handling = 'LAS'
                           and beskrivning = 'Beslutssidan'""")
                .param("a", fall.arendeId)
                .param("u", anvandare)
                .query(Long.class)
                .single();
    }
}
