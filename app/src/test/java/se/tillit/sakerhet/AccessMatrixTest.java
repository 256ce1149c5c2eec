package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * Who may reach what: every role and an anonymous client against our pages, Camunda's REST API, Camunda's
 * webapps (page and API) and Actuator. People use their browser session everywhere and never HTTP Basic (issue 16);
 * service accounts have only HTTP Basic.
 */
@TillitSpringTest
class AccessMatrixTest {

    static final String START = "/";
    static final String ENGINE_REST = "/engine-rest/process-definition";
    static final String COCKPIT = "/camunda/app/cockpit/default/";
    static final String WEBAPP_API = "/camunda/api/engine/engine/default/process-definition/count";
    static final String HEALTH = "/actuator/health";
    static final String PROMETHEUS = "/actuator/prometheus";
    static final String TABELLER = "/admin/tabeller";
    static final String LEXSARAH_NY = "/lexsarah/ny";
    static final List<String> PATHS =
            List.of(START, ENGINE_REST, COCKPIT, WEBAPP_API, HEALTH, PROMETHEUS, TABELLER, LEXSARAH_NY);

    /** Expected status per actor, in the order of {@link #PATHS}; 302 means a redirect to the login page. */
    static final Map<String, List<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("anonym", List.of(302, 401, 302, 401, 200, 401, 302, 302)),
            // people use their browser session everywhere; the engine's REST API reads no session (401)
            Map.entry(DemoKonton.HANDLAGGARE, List.of(200, 401, 403, 403, 200, 403, 403, 200)),
            Map.entry(DemoKonton.CHEF, List.of(200, 401, 403, 403, 200, 403, 403, 200)),
            Map.entry(DemoKonton.REVISOR, List.of(200, 401, 403, 403, 200, 403, 403, 403)),
            // a provider's staff report lex Sarah about their own unit (27 kap. 2 §, C25)
            Map.entry(DemoKonton.UTFORARE, List.of(200, 401, 403, 403, 200, 403, 403, 200)),
            Map.entry(DemoKonton.ADMIN, List.of(200, 401, 200, 200, 200, 200, 200, 403)),
            Map.entry(DemoKonton.INTEGRATION, List.of(302, 200, 302, 401, 200, 200, 302, 302)),
            // the region's service account: its own API only (issue 5/7), not the engine's, not the metrics
            Map.entry(DemoKonton.REGION, List.of(302, 403, 302, 401, 200, 403, 302, 302)),
            // the committee's lex Sarah-ansvarig receives reports; reporting is for the staff of the units (ADR 11)
            Map.entry(DemoKonton.LEXSARAH_ANSVARIG, List.of(200, 401, 403, 403, 200, 403, 403, 403)),
            // the monitoring system's scraper: the metrics and nothing else (issue 16)
            Map.entry(DemoKonton.MONITORING, List.of(302, 403, 302, 401, 200, 200, 302, 302)),
            // the user provisioning's service account: accounts and units in its own API only (issue 16)
            Map.entry(DemoKonton.PROVISIONERING, List.of(302, 403, 302, 401, 200, 403, 302, 302)));

    @LocalServerPort
    int port;

    // one login per person for the whole matrix (JUnit makes a new instance per cell)
    private static final Map<String, HttpSession> browsers = new ConcurrentHashMap<>();

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        EXPECTED.forEach((actor, statuses) -> {
            for (int i = 0; i < PATHS.size(); i++) {
                cells.add(Arguments.of(actor, PATHS.get(i), statuses.get(i)));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("cells")
    void everyRoleAndPathAnswersAsDesigned(String actor, String path, int expected) {
        HttpResponse<String> response = client(actor, path).get(path);

        assertThat(response.statusCode()).as("%s GET %s", actor, path).isEqualTo(expected);
        if (expected == 302) {
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        if (expected == 401 && !path.startsWith("/engine-rest") && !path.startsWith("/actuator")) {
            // a Basic challenge on a browser path opens an invisible login prompt in the webapps
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
    }

    @Test
    void theMatrixCoversEveryRoleAndAnonymous() {
        assertThat(EXPECTED).hasSize(Roll.values().length + 1);
        assertThat(EXPECTED.values()).allSatisfy(row -> assertThat(row).hasSize(PATHS.size()));
    }

    @Test
    void engineRestAsksApiClientsForBasicCredentials() {
        HttpResponse<String> response = HttpSession.anonymous(port).get(ENGINE_REST);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Tillit\"");
    }

    @Test
    void theWebappsWelcomeResourceRedirectsToOurLoginWithoutABasicChallenge() {
        HttpResponse<String> response = HttpSession.anonymous(port).get("/camunda-welcome");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aBrowserSessionIsNotAcceptedOnTheEngineRestApi() {
        // the engine's REST API is for service accounts (ADMIN's engine access: the webapps, docs/adr/0003)
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        assertThat(admin.get(START).statusCode()).isEqualTo(200);
        assertThat(admin.get(ENGINE_REST).statusCode()).isEqualTo(401);
    }

    @Test
    void healthProbesAreOpenWithoutDetails() {
        HttpSession anonymous = HttpSession.anonymous(port);

        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anAdministratorSeesTheDatabaseInTheHealthDetails() {
        HttpResponse<String> health =
                HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD).get("/actuator/health/readiness");

        assertThat(health.body()).contains("\"db\"").contains("PostgreSQL");
    }

    @Test
    void prometheusMetricsAreServedToTheMonitoringAccount() {
        HttpResponse<String> metrics = HttpSession.basic(port, DemoKonton.MONITORING, DemoKonton.LOSENORD)
                .get(PROMETHEUS);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void theMonitoringAccountReadsNothingButTheMetrics() {
        HttpSession monitorering = HttpSession.basic(port, DemoKonton.MONITORING, DemoKonton.LOSENORD);

        assertThat(monitorering.get("/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(monitorering.get("/actuator/utskick").statusCode()).isEqualTo(403);
        assertThat(monitorering.get("/api/arenden?enhet=BOU").statusCode()).isEqualTo(403);
        assertThat(monitorering
                        .get("/api/region/sip/" + java.util.UUID.randomUUID())
                        .statusCode())
                .isEqualTo(403);
        assertThat(monitorering.get("/engine-rest/process-definition").statusCode())
                .isEqualTo(403);
        HttpResponse<String> sida = monitorering.get("/uppgifter");
        assertThat(sida.statusCode()).isEqualTo(302);
    }

    /** People never use HTTP Basic (issue 16): with the right password, 401 and a message that says why. */
    @ParameterizedTest(name = "{0} with HTTP Basic on {1}")
    @MethodSource("personerMedBasic")
    void aPersonsAccountIsRefusedOverHttpBasicWithAMessage(String person, String path) {
        HttpResponse<String> response =
                HttpSession.basic(port, person, DemoKonton.LOSENORD).get(path);

        assertThat(response.statusCode()).as("%s Basic %s", person, path).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(typ -> assertThat(typ).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\"").contains("Personliga konton använder inte HTTP Basic");
    }

    static Stream<Arguments> personerMedBasic() {
        return Stream.of(
                        DemoKonton.HANDLAGGARE,
                        DemoKonton.CHEF,
                        DemoKonton.REVISOR,
                        DemoKonton.UTFORARE,
                        DemoKonton.ADMIN,
                        DemoKonton.LEXSARAH_ANSVARIG)
                .flatMap(person ->
                        Stream.of("/api/uppgifter", ENGINE_REST, PROMETHEUS).map(path -> Arguments.of(person, path)));
    }

    private HttpSession client(String actor, String path) {
        if (actor.equals("anonym")) {
            return HttpSession.anonymous(port);
        }
        if (DemoKonton.TJANSTEKONTON.contains(actor)) {
            return HttpSession.basic(port, actor, DemoKonton.LOSENORD);
        }
        return browsers.computeIfAbsent(actor, user -> HttpSession.browser(port, user, DemoKonton.LOSENORD));
    }
}
