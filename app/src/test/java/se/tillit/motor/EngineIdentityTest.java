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

    @Test
    void whatAnAdministratorDoesThroughTheRestApiIsLoggedUnderTheirName() {
        HttpSession admin = HttpSession.basic(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpResponse<String> started = admin.post("/engine-rest/process-definition/key/aktualisering/start",
                "{\"businessKey\":\"TEST-REST-1\",\"variables\":{\"enhet\":{\"value\":\"BOU\",\"type\":\"String\"},\"barnanmalan\":{\"value\":false,\"type\":\"Boolean\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String processInstanceId = HttpSession.json(started.body(), "id");

        HttpResponse<String> deleted = admin.delete("/engine-rest/process-instance/" + processInstanceId);

        assertThat(deleted.statusCode()).isEqualTo(204);
        UserOperationLogEntry entry = historyService.createUserOperationLogQuery()
                .processInstanceId(processInstanceId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_DELETE)
                .singleResult();
        assertThat(entry).isNotNull();
        assertThat(entry.getUserId()).isEqualTo(DemoKonton.ADMIN);
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
        assertThat(user.body()).contains("\"userId\":\"admin\"")
                .contains("cockpit").contains("admin").contains("tasklist");
    }

    @Test
    void ourOwnPagesRunAsTheLoggedInUserInTheEngine() {
        HttpSession browser = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        HttpResponse<String> identity = browser.get("/test/engine-identity");

        assertThat(identity.body()).isEqualTo(
                "{\"userId\":\"handlaggare.bou\",\"groups\":[\"tillit-applikation\"]}");
    }

}
