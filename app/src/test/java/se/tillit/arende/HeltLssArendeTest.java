package se.tillit.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;

/**
 * A whole LSS case through the API, from ansökan to the first follow-up, on the whole application; the
 * ordered path of activities is read from the engine's history (R01, R15, R22, C6, C7, C46).
 */
@TillitSpringTest
class HeltLssArendeTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromAnsokanToTheFirstFollowUp() {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        HttpSession handlaggare = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);

        HttpResponse<String> ansokan = handlaggare.post("/api/aktualiseringar", """
                {"personnummer":"19350105-9863","arendetyp":"LSS","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");

        slutfor(
                arendenummer,
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan om bostad"));
        // the investigation is written and signed on its page, which completes Utreda (issue 14)
        se.tillit.utredning.SkrivUtredning.signera(
                HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD),
                jdbc,
                java.util.UUID.fromString(arendeId),
                "LSS_BOSTAD_SARSKILD_SERVICE");

        HttpResponse<String> beslut =
                handlaggare.post("/api/arenden/" + arendeId + "/beslut", bostad(idag, idag.plusDays(14)));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        assertThat(beslut.body())
                .contains("\"beslutsfattare\":\"handlaggare.lss\"")
                .contains("\"paragraf\":\"9 § 9\"");
        String beslutId = HttpSession.json(beslut.body(), "id");

        HttpResponse<String> delgivning =
                handlaggare.post("/api/beslut/" + beslutId + "/delgivning", "{\"delgivningsdatum\":\"" + idag + "\"}");
        assertThat(delgivning.statusCode()).as(delgivning.body()).isEqualTo(200);
        assertThat(delgivning.body()).contains("\"overklagandefrist\":\"");

        HttpResponse<String> verkstalld = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/beslut/" + beslutId + "/verkstallighet", "{\"verkstalld\":\"" + idag + "\"}");
        assertThat(verkstalld.statusCode()).as(verkstalld.body()).isEqualTo(204);

        Task uppfoljning = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(Uppfoljningsprocessen.TASK_FOLJA_UPP)
                .singleResult();
        assertThat(uppfoljning).as("the first follow-up").isNotNull();
        assertThat(jdbc.sql("select planerad from uppfoljning where beslut_id = :id::uuid")
                        .param("id", beslutId)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(idag.plusYears(1));
        assertThat(jdbc.sql("select verkstalld from bestallning where beslut_id = :id::uuid")
                        .param("id", beslutId)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(idag);

        HttpResponse<String> rapport = handlaggare.post(
                "/api/beslut/" + beslutId + "/uppfoljning",
                "{\"resultat\":\"FORTSATT\",\"anteckning\":\"Trivs i gruppbostaden, behovet kvarstår\"}");
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(204);
        assertThat(jdbc.sql("select resultat from uppfoljning where beslut_id = :id::uuid and genomford is not null")
                        .param("id", beslutId)
                        .query(String.class)
                        .list())
                .containsExactly("FORTSATT");
        assertThat(jdbc.sql("select count(*) from uppfoljning where beslut_id = :id::uuid and genomford is null")
                        .param("id", beslutId)
                        .query(Long.class)
                        .single())
                .as("the next follow-up is planned")
                .isEqualTo(1);

        List<String> vag = historyService
                .createHistoricActivityInstanceQuery()
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .filter(aktivitet -> arendenummer.equals(businessKey(aktivitet)))
                .map(HistoricActivityInstance::getActivityId)
                .filter(id -> List.of(
                                Arendeprocessen.START_ARENDE_OPPNAT,
                                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                                Aktualiseringsprocessen.SERVICE_REGISTRERA_UTFALL,
                                Utredningsprocessen.SERVICE_INLED_UTREDNING,
                                Utredningsprocessen.TASK_UTREDA,
                                Beslutprocessen.START_BESLUT_FATTAT,
                                Verkstallighetsprocessen.SERVICE_BESTALL,
                                Beslutprocessen.RECEIVE_DELGIVNING,
                                Verkstallighetsprocessen.RECEIVE_VERKSTALLD,
                                Verkstallighetsprocessen.CALL_UPPFOLJNING,
                                Uppfoljningsprocessen.TASK_FOLJA_UPP)
                        .contains(id))
                .toList();
        assertThat(vag)
                .containsSubsequence(
                        Arendeprocessen.START_ARENDE_OPPNAT,
                        Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                        Aktualiseringsprocessen.SERVICE_REGISTRERA_UTFALL,
                        Utredningsprocessen.SERVICE_INLED_UTREDNING,
                        Utredningsprocessen.TASK_UTREDA,
                        Beslutprocessen.START_BESLUT_FATTAT,
                        Verkstallighetsprocessen.SERVICE_BESTALL,
                        Verkstallighetsprocessen.RECEIVE_VERKSTALLD,
                        Verkstallighetsprocessen.CALL_UPPFOLJNING,
                        Uppfoljningsprocessen.TASK_FOLJA_UPP,
                        Uppfoljningsprocessen.TASK_FOLJA_UPP);
    }

    @Test
    void badDecisionsAndReportsAreRefusedWithTheFieldAndTheReason() {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        HttpSession handlaggare = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> ansokan = handlaggare.post("/api/aktualiseringar", """
                {"personnummer":"19121212-1212","arendetyp":"LSS","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        long beslutFore =
                jdbc.sql("select count(*) from beslut").query(Long.class).single();

        HttpResponse<String> utanLagrum = handlaggare.post(
                "/api/arenden/" + arendeId + "/beslut",
                bostad(idag, idag)
                        .replace(
                                "\"lagrum\":{\"lag\":\"LSS\",\"lagversion\":\"1993:387\",\"paragraf\":\"9 § 9\"},",
                                ""));
        HttpResponse<String> felLagrum = handlaggare.post(
                "/api/arenden/" + arendeId + "/beslut",
                bostad(idag, idag).replace("\"lagversion\":\"1993:387\"", "\"lagversion\":\"2025:400\""));
        HttpResponse<String> avslagUtanHanvisning = handlaggare.post(
                "/api/arenden/" + arendeId + "/beslut",
                bostad(idag, idag)
                        .replace("\"BIFALL\"", "\"AVSLAG\"")
                        .replace("\"overklagandehanvisning\":true", "\"overklagandehanvisning\":false"));
        HttpResponse<String> okantArende =
                handlaggare.post("/api/arenden/00000000-0000-0000-0000-000000000000/beslut", bostad(idag, idag));

        assertThat(utanLagrum.statusCode()).isEqualTo(400);
        assertThat(utanLagrum.body()).contains("\"falt\":\"lagrum\"").contains("Lagrum saknas");
        assertThat(felLagrum.statusCode()).isEqualTo(400);
        assertThat(felLagrum.body()).contains("\"falt\":\"lagrum.lagversion\"");
        assertThat(avslagUtanHanvisning.statusCode()).isEqualTo(400);
        assertThat(avslagUtanHanvisning.body()).contains("\"falt\":\"overklagandehanvisning\"");
        assertThat(okantArende.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from beslut").query(Long.class).single())
                .isEqualTo(beslutFore);

        String beslutId = HttpSession.json(
                handlaggare
                        .post("/api/arenden/" + arendeId + "/beslut", bostad(idag, idag))
                        .body(),
                "id");
        HttpResponse<String> foreBeslutet = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/beslut/" + beslutId + "/verkstallighet", "{\"verkstalld\":\"" + idag.minusDays(1) + "\"}");
        HttpResponse<String> annanUtforare = HttpSession.api(port, "handlaggare.bou", DemoKonton.LOSENORD)
                .post("/api/beslut/" + beslutId + "/verkstallighet", "{\"verkstalld\":\"" + idag + "\"}");
        HttpResponse<String> overklagatForeDelgivning =
                handlaggare.post("/api/beslut/" + beslutId + "/overklaganden", "{\"inkom\":\"" + idag + "\"}");

        assertThat(foreBeslutet.statusCode()).isEqualTo(400);
        assertThat(foreBeslutet.body()).contains("\"falt\":\"verkstalld\"").contains("före beslutsdatum");
        assertThat(annanUtforare.statusCode())
                .as("another unit: the decision does not exist")
                .isEqualTo(404);
        assertThat(overklagatForeDelgivning.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select verkstalld from bestallning where beslut_id = :id::uuid")
                        .param("id", beslutId)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();
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

    private String businessKey(HistoricActivityInstance aktivitet) {
        var instans = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(aktivitet.getProcessInstanceId())
                .singleResult();
        return instans == null ? null : instans.getBusinessKey();
    }

    /** The decision of a group home (LSS 9 § 9) as the API takes it. */
    private static String bostad(LocalDate beslutsdatum, LocalDate onskadStart) {
        return GynnandeLssBeslut.bifallJson("LSS_BOSTAD_SARSKILD_SERVICE", "9 § 9", beslutsdatum, onskadStart);
    }
}
