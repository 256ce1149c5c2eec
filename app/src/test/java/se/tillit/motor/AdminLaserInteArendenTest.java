package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;

/**
 * Issue 16, docs/adr/0019: ADMIN operates the engine and does not read cases. As the engine sees an ADMIN (group
 * {@code tillitdrift}, whichever way the ADMIN reaches it: Cockpit, /engine-rest, or a later login), the variables,
 * tasks and history of a case are refused or empty, while definitions, deployments, incidents and jobs are there. And
 * /engine-rest requests about a case are in the access log.
 */
@TillitSpringTest
class AdminLaserInteArendenTest {

    static final List<String> ADMIN_I_MOTORN = List.of("tillitdrift");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    // kept: the engine's authentication is the thread's, global to every later test on it (a failed test leaves it)
    @AfterEach
    void rensa() {
        identityService.clearAuthentication();
    }

    @Test
    void anAdministratorInTheEngineReadsNoVariableHistoryOrTaskOfACaseButOperatesIt() {
        Arende arende = ettArende();
        String instans = arende.processinstans();
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instans)
                        .count())
                .as("as the system the case's variables are there")
                .isPositive();

        identityService.setAuthentication(DemoKonton.ADMIN, ADMIN_I_MOTORN);

        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instans)
                        .list())
                .isEmpty();
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(instans)
                        .list())
                .isEmpty();
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instans)
                        .list())
                .isEmpty();
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(instans)
                        .list())
                .isEmpty();
        assertThat(historyService
                        .createHistoricDetailQuery()
                        .processInstanceId(instans)
                        .list())
                .isEmpty();
        assertThat(runtimeService
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(instans)
                        .list())
                .isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(instans).list())
                .isEmpty();
        assertThatThrownBy(() -> runtimeService.getVariables(instans)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.setVariable(instans, "utredningFrist", "2099-01-01"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(arende.task())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.getVariables(arende.task())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.deleteProcessInstance(instans, "ADMIN"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> historyService.deleteHistoricProcessInstance(instans))
                .isInstanceOf(AuthorizationException.class);

        // what operating needs
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(Aktualiseringsprocessen.PROCESS)
                        .count())
                .isPositive();
        assertThat(repositoryService.createDeploymentQuery().count()).isPositive();
        assertThat(repositoryService
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("utredningsfrist")
                        .count())
                .isPositive();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(instans)
                        .count())
                .as("the instance itself (its incidents and jobs are found through it), not its content")
                .isEqualTo(1);
        managementService.createJobQuery().list(); // allowed: no AuthorizationException
        runtimeService.createIncidentQuery().list();
        assertThatThrownBy(() -> repositoryService
                        .createDeployment()
                        .addString("x.bpmn", "<x/>")
                        .deploy())
                .as("deployments come from the release and the checked upload only")
                .isInstanceOf(AuthorizationException.class);

        identityService.clearAuthentication();
        taskService.complete(arende.task(), java.util.Map.of("bedomning", "LEDER_INTE_TILL_UTREDNING"));
    }

    @Test
    void outsideOurPagesTheAdministratorGetsNoVariableOrHistoryOfACaseAndEngineRestLogsEveryTouchOfACase() {
        Arende arende = ettArende();
        String instans = arende.processinstans();

        // people never use HTTP Basic (issue 16): not even an ADMIN reaches /engine-rest
        assertThat(HttpSession.basic(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/engine-rest/process-instance/" + instans + "/variables")
                        .statusCode())
                .isEqualTo(401);

        // Cockpit's API, on the ADMIN's session: the engine refuses the case's content
        HttpSession cockpit = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        String motorn = "/camunda/api/engine/engine/default";
        HttpResponse<String> variabler = cockpit.get(motorn + "/process-instance/" + instans + "/variables");
        HttpResponse<String> historik = cockpit.get(motorn + "/history/variable-instance?processInstanceId=" + instans);
        HttpResponse<String> uppgift = cockpit.get(motorn + "/task/" + arende.task() + "/variables");
        assertThat(variabler.statusCode()).as(variabler.body()).isEqualTo(403);
        assertThat(historik.statusCode()).as(historik.body()).isEqualTo(200);
        assertThat(historik.body()).isEqualTo("[]");
        assertThat(uppgift.statusCode()).as(uppgift.body()).isIn(403, 404);

        // the service account that may use /engine-rest: each request about the case is in the access log
        long loggadeFore = loggade(arende.arendeId());
        HttpSession integration = HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD);
        integration.get("/engine-rest/process-instance/" + instans + "/variables");
        integration.get("/engine-rest/task/" + arende.task() + "/variables");
        assertThat(loggade(arende.arendeId())).isGreaterThanOrEqualTo(loggadeFore + 2);
        taskService.complete(arende.task(), java.util.Map.of("bedomning", "LEDER_INTE_TILL_UTREDNING"));
    }

    private long loggade(UUID arendeId) {
        return jdbc.sql(
                        "select count(*) from atkomstlogg where arende_id = :a and beskrivning like 'Motorns REST-API:%'")
                .param("a", arendeId)
                .query(Long.class)
                .single();
    }

    record Arende(UUID arendeId, String processinstans, String task) {}

    /** A new case through the API, waiting at its first assessment. */
    private Arende ettArende() {
        HttpSession handlaggare = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> svar = handlaggare.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Drift","efternamn":"Provsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        Testpersoner.medKontrollsiffra("19480606-" + (100 + (int) (Math.random() * 800))),
                        OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(svar.body(), "arendenummer");
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING)
                .singleResult();
        assertThat(task).isNotNull();
        return new Arende(
                UUID.fromString(HttpSession.json(svar.body(), "arendeId")), task.getProcessInstanceId(), task.getId());
    }
}
