package se.tillit.verkstallighet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;

/**
 * The ej-verkställt record through the whole application: the decision's process opens it three months after the
 * decision, the handläggare of the case's unit records the reason, consequences, interim measures and offers through
 * /api/beslut/{id}/ej-verkstallt, and it closes by execution, by closing for a reason, or with the case
 * (R22, C7, C21, C36). Bad input: a 400 naming the field and nothing saved.
 */
@TillitSpringTest
class EjVerkstalltApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    private final List<String> arenden = new java.util.ArrayList<>();

    @Test
    void theProcessOpensTheRecordAndADeclinedOfferKeepsItOpenUntilTheInsatsStarts()
            throws Exception { // R22, C7, C21, C36
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        LocalDate beslutsdatum = idag.minusMonths(4);
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Arende arende = arende(leo, "19361111-9516", "Ove");
        String beslutId = beslut(leo, arende, "LSS_BOSTAD_SARSKILD_SERVICE", "9 § 9", beslutsdatum);
        String sokvag = "/api/beslut/" + beslutId + "/ej-verkstallt";

        JsonNode post = enda(json.readTree(leo.get(sokvag).body()));
        assertThat(post.get("grund").asText()).isEqualTo("BESLUT");
        assertThat(post.get("raknasFran").asText()).isEqualTo(beslutsdatum.toString());
        assertThat(post.get("stangd").isNull()).isTrue();
        assertThat(post.get("skal").isNull()).isTrue();
        assertThat(post.get("enhet").asText()).isEqualTo("LSS");
        String postId = post.get("id").asText();
        assertThat(HttpSession.api(port, "handlaggare.bou", DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .as("another unit: the decision does not exist")
                .isEqualTo(404);

        HttpResponse<String> annanUtanText =
                leo.put(sokvag + "/" + postId + "/orsak", "{\"orsak\":\"ANNAN\",\"orsakText\":\" \"}");
        HttpResponse<String> okandOrsak = leo.put(sokvag + "/" + postId + "/orsak", "{\"orsak\":\"SEMESTER\"}");
        HttpResponse<String> annanEnhet = HttpSession.api(port, "handlaggare.bou", DemoKonton.LOSENORD)
                .put(sokvag + "/" + postId + "/orsak", "{\"orsak\":\"BRIST_PA_PLATS\"}");
        HttpResponse<String> okandPost =
                leo.put(sokvag + "/00000000-0000-0000-0000-000000000000/orsak", "{\"orsak\":\"BRIST_PA_PLATS\"}");
        assertThat(annanUtanText.statusCode()).isEqualTo(400);
        assertThat(annanUtanText.body()).contains("\"falt\":\"orsakText\"");
        assertThat(okandOrsak.statusCode()).isEqualTo(400);
        assertThat(okandOrsak.body()).contains("\"falt\":\"orsak\"", "BRIST_PA_PLATS");
        assertThat(annanEnhet.statusCode())
                .as("another unit: the decision does not exist")
                .isEqualTo(404);
        assertThat(okandPost.statusCode()).isEqualTo(404);
        assertThat(antal("ej_verkstallt_skal", postId)).as("nothing saved").isZero();

        HttpResponse<String> orsak = leo.put(sokvag + "/" + postId + "/orsak", """
                {"orsak":"BRIST_PA_PLATS","orsakText":"Ingen ledig lägenhet i kommunens gruppbostäder",
                 "konsekvenser":"Bor kvar hos föräldrarna, som behöver avlastning","tillfalligaInsatser":"Korttidsvistelse två helger i månaden"}""");
        assertThat(orsak.statusCode()).as(orsak.body()).isEqualTo(200);
        assertThat(json.readTree(orsak.body()).get("skal").get("registreradAv").asText())
                .isEqualTo("handlaggare.lss");

        HttpResponse<String> utanSkal =
                leo.post(sokvag + "/" + postId + "/erbjudanden", """
                {"erbjudet":"%s","vad":"Lägenhet i Ekbackens gruppbostad","svar":"AVBOJT","svarDatum":"%s"}""".formatted(idag.minusDays(10), idag.minusDays(8)));
        HttpResponse<String> foreBeslutet = leo.post(
                sokvag + "/" + postId + "/erbjudanden",
                "{\"erbjudet\":\"%s\",\"vad\":\"Plats\"}".formatted(beslutsdatum.minusDays(1)));
        HttpResponse<String> svarForeErbjudandet = leo.post(
                sokvag + "/" + postId + "/erbjudanden",
                "{\"erbjudet\":\"%s\",\"vad\":\"Plats\",\"svar\":\"ACCEPTERAT\",\"svarDatum\":\"%s\"}"
                        .formatted(idag.minusDays(2), idag.minusDays(3)));
        HttpResponse<String> utanVad =
                leo.post(sokvag + "/" + postId + "/erbjudanden", "{\"erbjudet\":\"%s\"}".formatted(idag));
        assertThat(utanSkal.statusCode()).isEqualTo(400);
        assertThat(utanSkal.body()).contains("\"falt\":\"skal\"");
        assertThat(foreBeslutet.body()).contains("\"falt\":\"erbjudet\"", "före beslutet");
        assertThat(svarForeErbjudandet.body()).contains("\"falt\":\"svarDatum\"");
        assertThat(utanVad.body()).contains("\"falt\":\"vad\"");
        assertThat(antal("ej_verkstallt_erbjudande", postId))
                .as("nothing saved")
                .isZero();

        HttpResponse<String> avbojt =
                leo.post(sokvag + "/" + postId + "/erbjudanden", """
                {"erbjudet":"%s","vad":"Lägenhet i Ekbackens gruppbostad","svar":"AVBOJT","svarDatum":"%s",
                 "skal":"Vill bo nära sin syster i centrum"}""".formatted(idag.minusDays(10), idag.minusDays(8)));
        assertThat(avbojt.statusCode()).as(avbojt.body()).isEqualTo(201);
        JsonNode efterNej = json.readTree(avbojt.body());
        assertThat(efterNej.get("stangd").isNull())
                .as("a declined offer does not close the record (C21)")
                .isTrue();
        assertThat(efterNej.get("erbjudanden").get(0).get("svar").asText()).isEqualTo("AVBOJT");

        JsonNode obesvarat = json.readTree(leo.post(
                        sokvag + "/" + postId + "/erbjudanden",
                        "{\"erbjudet\":\"%s\",\"vad\":\"Lägenhet på Solrosen\"}".formatted(idag.minusDays(3)))
                .body());
        String erbjudandeId = obesvarat.get("erbjudanden").get(1).get("id").asText();
        HttpResponse<String> svar = leo.post(
                sokvag + "/" + postId + "/erbjudanden/" + erbjudandeId + "/svar",
                "{\"svar\":\"ACCEPTERAT\",\"datum\":\"%s\"}".formatted(idag.minusDays(1)));
        HttpResponse<String> igen = leo.post(
                sokvag + "/" + postId + "/erbjudanden/" + erbjudandeId + "/svar",
                "{\"svar\":\"AVBOJT\",\"datum\":\"%s\",\"skal\":\"Ångrade sig\"}".formatted(idag));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(igen.statusCode()).isEqualTo(400);
        assertThat(igen.body()).contains("redan besvarat");
        HttpResponse<String> verkstalltSomAvslut = leo.post(
                sokvag + "/" + postId + "/avslut", "{\"datum\":\"%s\",\"orsak\":\"VERKSTALLT\"}".formatted(idag));
        assertThat(verkstalltSomAvslut.statusCode()).isEqualTo(400);
        assertThat(verkstalltSomAvslut.body()).contains("\"falt\":\"orsak\"", "/verkstallighet");

        String sida = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                .get("/arenden/" + arende.id())
                .body();
        assertThat(sida)
                .contains(
                        "Ej verkställda beslut",
                        "Brist på plats eller bostad: Ingen ledig lägenhet",
                        "Korttidsvistelse två helger i månaden",
                        "Lägenhet i Ekbackens gruppbostad: tackade nej",
                        "Vill bo nära sin syster i centrum",
                        "Lägenhet på Solrosen: tackade ja");
        JsonNode ivo = json.readTree(HttpSession.api(port, "admin", DemoKonton.LOSENORD)
                .get("/api/ivo/" + kvartal(post.get("oppnad").asText()) + "?enhet=LSS")
                .body());
        JsonNode rad = null;
        for (JsonNode r : ivo.get("individrapport")) {
            if (r.get("beslutId").asText().equals(beslutId)) {
                rad = r;
            }
        }
        assertThat(rad).as("in the quarter's individual report").isNotNull();
        assertThat(rad.get("erbjudanden").get(0).get("svar").asText()).isEqualTo("AVBOJT");
        assertThat(rad.get("erbjudanden").get(0).get("skal").asText()).isEqualTo("Vill bo nära sin syster i centrum");
        assertThat(rad.get("konsekvenser").asText()).startsWith("Bor kvar hos föräldrarna");

        HttpResponse<String> verkstalld = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/beslut/" + beslutId + "/verkstallighet", "{\"verkstalld\":\"" + idag + "\"}");
        assertThat(verkstalld.statusCode()).as(verkstalld.body()).isEqualTo(204);
        JsonNode stangd = enda(json.readTree(leo.get(sokvag).body()));
        assertThat(stangd.get("stangd").asText()).isEqualTo(idag.toString());
        assertThat(stangd.get("stangdOrsak").asText()).isEqualTo("VERKSTALLT");
        assertThat(jdbc.sql("""
                select count(*) from atkomstlogg where anvandarnamn = 'handlaggare.lss' and arende_id = :arende::uuid
                   and beskrivning = 'API: ej verkställt beslut'""").param("arende", arende.id()).query(Long.class).single())
                .as("every read of the records is logged")
                .isPositive();
    }

    @Test
    void aRecordClosesForAReasonAndAClosedCaseClosesTheOthersWithItsReason() throws Exception { // R22, C21, C36
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Arende arende = arende(leo, "19361111-9524", "Greta");
        String bostad = beslut(leo, arende, "LSS_BOSTAD_SARSKILD_SERVICE", "9 § 9", idag.minusMonths(5));
        String korttid = beslut(leo, arende, "LSS_KORTTIDSVISTELSE", "9 § 6", idag.minusMonths(4));
        String bostadPost = enda(json.readTree(
                        leo.get("/api/beslut/" + bostad + "/ej-verkstallt").body()))
                .get("id")
                .asText();

        HttpResponse<String> framtid = leo.post(
                "/api/beslut/" + bostad + "/ej-verkstallt/" + bostadPost + "/avslut",
                "{\"datum\":\"%s\",\"orsak\":\"ATERKALLAT\"}".formatted(idag.plusDays(1)));
        HttpResponse<String> utanOrsak = leo.post(
                "/api/beslut/" + bostad + "/ej-verkstallt/" + bostadPost + "/avslut",
                "{\"datum\":\"%s\"}".formatted(idag));
        assertThat(framtid.body()).contains("\"falt\":\"datum\"");
        assertThat(utanOrsak.body()).contains("\"falt\":\"orsak\"");
        HttpResponse<String> aterkallad = leo.post(
                "/api/beslut/" + bostad + "/ej-verkstallt/" + bostadPost + "/avslut",
                "{\"datum\":\"%s\",\"orsak\":\"ATERKALLAT\"}".formatted(idag.minusDays(2)));
        assertThat(aterkallad.statusCode()).as(aterkallad.body()).isEqualTo(200);
        assertThat(json.readTree(aterkallad.body()).get("stangdOrsak").asText()).isEqualTo("ATERKALLAT");
        assertThat(leo.post(
                                "/api/beslut/" + bostad + "/ej-verkstallt/" + bostadPost + "/avslut",
                                "{\"datum\":\"%s\",\"orsak\":\"AVLIDEN\"}".formatted(idag))
                        .body())
                .contains("redan avslutad");

        HttpResponse<String> avslutat =
                leo.post("/api/arenden/" + arende.id() + "/avslut", "{\"avslutsorsak\":\"AVLIDEN\"}");
        assertThat(avslutat.statusCode()).as(avslutat.body()).isEqualTo(200);

        JsonNode korttidPost = enda(json.readTree(
                leo.get("/api/beslut/" + korttid + "/ej-verkstallt").body()));
        assertThat(korttidPost.get("stangd").asText()).isEqualTo(idag.toString());
        assertThat(korttidPost.get("stangdOrsak").asText()).isEqualTo("AVLIDEN");
        assertThat(enda(json.readTree(leo.get("/api/beslut/" + bostad + "/ej-verkstallt")
                                .body()))
                        .get("stangdOrsak")
                        .asText())
                .as("closed before: unchanged")
                .isEqualTo("ATERKALLAT");
        assertThat(jdbc.sql("select stangd_av from ej_verkstallt where beslut_id = :b::uuid")
                        .param("b", korttid)
                        .query(String.class)
                        .single())
                .isEqualTo("handlaggare.lss");
    }

    record Arende(String id, String arendenummer) {}

    /** An ansökan for a new synthetic person, assessed and investigated, ready for decisions. */
    private Arende arende(HttpSession handlaggare, String personnummer, String fornamn) {
        HttpResponse<String> ansokan = handlaggare.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"Väntesson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                personnummer, fornamn, OffsetDateTime.now().minusMonths(6).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        slutfor(
                arendenummer,
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        // the investigation is written and signed on its page, which completes Utreda (issue 14)
        se.tillit.utredning.SkrivUtredning.signera(
                HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD),
                jdbc,
                java.util.UUID.fromString(HttpSession.json(ansokan.body(), "arendeId")),
                "LSS_KORTTIDSVISTELSE");
        arenden.add(HttpSession.json(ansokan.body(), "arendeId"));
        return new Arende(HttpSession.json(ansokan.body(), "arendeId"), arendenummer);
    }

    /** A favourable decision, delivered the day after; waits until its process has opened the ej-verkställt record. */
    private String beslut(HttpSession handlaggare, Arende arende, String insatstyp, String paragraf, LocalDate datum)
            throws InterruptedException {
        HttpResponse<String> beslut = handlaggare.post(
                "/api/arenden/" + arende.id() + "/beslut",
                GynnandeLssBeslut.bifallJson(insatstyp, paragraf, datum, datum.plusDays(14)));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        String beslutId = HttpSession.json(beslut.body(), "id");
        assertThat(handlaggare
                        .post(
                                "/api/beslut/" + beslutId + "/delgivning",
                                "{\"delgivningsdatum\":\"" + datum.plusDays(1) + "\"}")
                        .statusCode())
                .isEqualTo(200);
        oppnasAvProcessen(beslutId);
        return beslutId;
    }

    /**
     * The three months have passed: the timer is due, and so is the reminder a month before it. Each is run here, or
     * by the job executor if it got there first (the record is opened once either way).
     */
    private void oppnasAvProcessen(String beslutId) throws InterruptedException {
        ProcessInstance verkstallighet = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Verkstallighetsprocessen.PROCESS)
                .variableValueEquals("beslutId", beslutId)
                .singleResult();
        assertThat(verkstallighet).isNotNull();
        for (int forsok = 0;
                forsok < 300
                        && (antalPoster(beslutId) == 0
                                || !timrar(verkstallighet).isEmpty());
                forsok++) {
            if (forsok % 10 == 0) {
                for (Job timer : timrar(verkstallighet)) {
                    try {
                        managementService.executeJob(timer.getId());
                    } catch (RuntimeException executorHadIt) {
                        // the job executor ran it at the same time
                    }
                }
            }
            Thread.sleep(100);
        }
        assertThat(antalPoster(beslutId)).as("the process opened the record").isEqualTo(1);
        assertThat(timrar(verkstallighet)).as("the reminder has been sent too").isEmpty();
    }

    private List<Job> timrar(ProcessInstance verkstallighet) {
        List<Job> timrar = new java.util.ArrayList<>();
        for (String timer : List.of(
                Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT,
                Verkstallighetsprocessen.TIMER_PAMINNELSE_EJ_VERKSTALLT)) {
            timrar.addAll(managementService
                    .createJobQuery()
                    .processInstanceId(verkstallighet.getId())
                    .activityId(timer)
                    .list());
        }
        return timrar;
    }

    /**
     * The backdated decisions' reminders could not be e-mailed (no mail server in this test) and wait in the outbox;
     * they are not this test's subject, and would reach the next test that starts a mail server.
     */
    // kept: the outbox is global, and only this test's own cases' reminders are taken out of it
    @AfterEach
    void paminnelsernaLamnarInteUtkorgen() {
        for (String arende : arenden) {
            jdbc.sql("""
                    delete from event_publication where completion_date is null and event_type like '%FristPaminnelse'
                       and serialized_event like :arende""").param("arende", "%" + arende + "%").update();
        }
    }

    private long antalPoster(String beslutId) {
        return jdbc.sql("select count(*) from ej_verkstallt where beslut_id = :b::uuid")
                .param("b", beslutId)
                .query(Long.class)
                .single();
    }

    private long antal(String tabell, String postId) {
        return jdbc.sql("select count(*) from " + tabell + " where ej_verkstallt_id = :p::uuid")
                .param("p", postId)
                .query(Long.class)
                .single();
    }

    private void slutfor(String arendenummer, String uppgift, Map<String, Object> variabler) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(uppgift)
                .singleResult();
        assertThat(task).as(uppgift).isNotNull();
        taskService.complete(task.getId(), variabler);
    }

    private static JsonNode enda(JsonNode lista) {
        assertThat(lista).hasSize(1);
        return lista.get(0);
    }

    private static String kvartal(String datum) {
        LocalDate dag = LocalDate.parse(datum);
        return dag.getYear() + "-Q" + ((dag.getMonthValue() - 1) / 3 + 1);
    }
}
