package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/** The OpenAPI description of /api, for integrators, behind the login. */
@TillitSpringTest
class ApiDokumentationTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDescriptionListsTheCaseApi() {
        HttpResponse<String> openapi = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/dokumentation/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/aktualiseringar", "/api/arenden/{arendeId}/beslut",
                "/api/beslut/{id}/verkstallighet", "/api/utredningar/{id}/forlangningar", "/api/beslut/{id}/uppfoljning",
                        "/api/sip/{id}/samtycke", "/api/sip/nyckeltal", "/api/region/sip/{id}")
                .doesNotContain("/engine-rest").doesNotContain("/test/failure");
    }

    @Test
    void theDocumentationNeedsALogin() {
        assertThat(HttpSession.anonymous(port).get("/dokumentation/openapi").statusCode()).isEqualTo(302);
    }
}
