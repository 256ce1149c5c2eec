package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/** The Spring Security user is the engine's user: in its authorization checks and its operation log. */
@TillitSpringTest
class EngineIdentityTest {

    @LocalServerPort
    int port;

    @Autowired
    HistoryService historyService;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @Test
    void whatAnAdministratorDoesThroughTheRestApiIsLoggedUnderTheirName() {
        // an operating step (docs/adr/0019): retries of a timer's jobs; an ADMIN no longer starts or deletes instances
        String jobbdefinition = managementService.createJobDefinitionQuery().processDefinitionKey("forhandsbedomning")
                .list().get(0).getId();
        HttpSession admin = HttpSession.basic(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        HttpResponse<String> retries = admin.put("/engine-rest/job-definition/" + jobbdefinition + "/retries",
                "{\"retries\":3}");

        assertThat(retries.statusCode()).as(retries.body()).isEqualTo(204);
        assertThat(historyService.createUserOperationLogQuery().jobDefinitionId(jobbdefinition)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES).list())
                .extracting(UserOperationLogEntry::getUserId).contains(DemoKonton.ADMIN);
        HttpResponse<String> start = admin.post("/engine-rest/process-definition/key/aktualisering/start",
                "{\"businessKey\":\"TEST-REST-1\",\"variables\":{\"enhet\":{\"value\":\"BOU\",\"type\":\"String\"}}}");
        assertThat(start.statusCode()).as("starting a case's process is not operating it").isEqualTo(403);
    }

    @Test
    void engineAuthorizationChecksApplyToServiceAccounts() {
        HttpResponse<String> asAdmin = HttpSession.basic(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/engine-rest/process-definition?key=aktualisering");
        HttpResponse<String> asIntegration = HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                .get("/engine-rest/process-definition?key=aktualisering");

        assertThat(asAdmin.body()).contains("\"key\":\"aktualisering\"");
        // the service account's group has been granted nothing yet: the engine filters everything out
        assertThat(asIntegration.statusCode()).isEqualTo(200);
        assertThat(asIntegration.body()).isEqualTo("[]");
        HttpResponse<String> start = HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                .post("/engine-rest/process-definition/key/aktualisering/start", "{}");
        assertThat(start.statusCode()).isIn(403, 404);
    }

    @Test
    void theWebappsKnowTheAdministratorFromOurLogin() {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default");

        // straight into Cockpit: no "create the first admin user" setup page of Camunda's own
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("Cockpit");
        assertThat(user.statusCode()).isEqualTo(200);
        // Cockpit only: not Tasklist (a case's tasks) and not Camunda Admin (users and authorizations), docs/adr/0019
        assertThat(user.body()).contains("\"userId\":\"admin\"");
        assertThat(user.body().replaceFirst("(?s).*\"authorizedApps\":(\\[[^]]*]).*", "$1")).contains("cockpit")
                .doesNotContain("tasklist").doesNotContain("admin");
        // the engine's superuser group holds no person: only the account that keeps the webapps from their first-user
        // setup, which cannot log in (Setupvakt, docs/adr/0019)
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(org.camunda.bpm.engine.identity.User::getId).containsExactly("TillitSetupvakt");
        assertThat(identityService.createUserQuery().userId(DemoKonton.ADMIN).memberOfGroup("tillitdrift").count()).isOne();
    }

    @Test
    void ourOwnPagesRunAsTheLoggedInUserInTheEngine() {
        HttpSession browser = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        HttpResponse<String> identity = browser.get("/test/engine-identity");

        assertThat(identity.body()).isEqualTo(
                "{\"userId\":\"handlaggare.bou\",\"groups\":[\"tillit-applikation\"]}");
    }

}
