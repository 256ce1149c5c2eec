package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
    AuthorizationService authorizationService;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    /**
     * People never use HTTP Basic (issue 16): the REST API is a service account's, and what it does is logged under the
     * account's name once an ADMIN has granted it the rights (here for the test, taken back after).
     */
    @Test
    void whatAServiceAccountDoesThroughTheRestApiIsLoggedUnderItsName() {
        List<Authorization> medgivanden = List.of(
                medgivande(Resources.PROCESS_DEFINITION, "aktualisering"), medgivande(Resources.PROCESS_INSTANCE, "*"));
        try {
            startaOchTaBort();
        } finally {
            medgivanden.forEach(medgivande -> authorizationService.deleteAuthorization(medgivande.getId()));
        }
    }

    private Authorization medgivande(Resources resurs, String id) {
        Authorization medgivande = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        medgivande.setGroupId("tillit-integration");
        medgivande.setResource(resurs);
        medgivande.setResourceId(id);
        medgivande.addPermission(Permissions.ALL);
        return authorizationService.saveAuthorization(medgivande);
    }

    private void startaOchTaBort() {
        HttpSession integration = HttpSession.basic(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD);
        HttpResponse<String> started = integration.post(
                "/engine-rest/process-definition/key/aktualisering/start",
                "{\"businessKey\":\"TEST-REST-1\",\"variables\":{\"enhet\":{\"value\":\"BOU\",\"type\":\"String\"},\"barnanmalan\":{\"value\":false,\"type\":\"Boolean\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String processInstanceId = HttpSession.json(started.body(), "id");

        HttpResponse<String> deleted = integration.delete("/engine-rest/process-instance/" + processInstanceId);

        assertThat(deleted.statusCode()).isEqualTo(204);
        UserOperationLogEntry entry = historyService
                .createUserOperationLogQuery()
                .processInstanceId(processInstanceId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_DELETE)
                .singleResult();
        assertThat(entry).isNotNull();
        assertThat(entry.getUserId()).isEqualTo(DemoKonton.INTEGRATION);
    }

    /** People never use HTTP Basic (issue 16): an ADMIN operates in Cockpit on the session of our login (ADR 19). */
    @Test
    void anAdministratorsPasswordIsRefusedOnTheRestApi() {
        HttpResponse<String> retries = HttpSession.basic(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .put("/engine-rest/job-definition/any/retries", "{\"retries\":3}");

        assertThat(retries.statusCode()).isEqualTo(401);
    }

    @Test
    void engineAuthorizationChecksApplyToServiceAccounts() {
        HttpResponse<String> asAdmin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .get("/camunda/api/engine/engine/default/process-definition?key=aktualisering");
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
        assertThat(user.body().replaceFirst("(?s).*\"authorizedApps\":(\\[[^]]*]).*", "$1"))
                .contains("cockpit")
                .doesNotContain("tasklist")
                .doesNotContain("admin");
        // the engine's superuser group holds no person: only the account that keeps the webapps from their first-user
        // setup, which cannot log in (Setupvakt, docs/adr/0019)
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup("camunda-admin")
                        .list())
                .extracting(org.camunda.bpm.engine.identity.User::getId)
                .containsExactly("TillitSetupvakt");
        assertThat(identityService
                        .createUserQuery()
                        .userId(DemoKonton.ADMIN)
                        .memberOfGroup("tillitdrift")
                        .count())
                .isOne();
    }

    @Test
    void ourOwnPagesRunAsTheLoggedInUserInTheEngine() {
        HttpSession browser = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        HttpResponse<String> identity = browser.get("/test/engine-identity");

        assertThat(identity.body()).isEqualTo("{\"userId\":\"handlaggare.bou\",\"groups\":[\"tillit-applikation\"]}");
    }
}
