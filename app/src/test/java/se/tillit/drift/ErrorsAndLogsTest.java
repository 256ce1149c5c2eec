package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

@TillitSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorsAndLogsTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void anUnexpectedFailureShowsAPlainSwedishPageAndNoStackTraceToTheClient(CapturedOutput output) {
        HttpSession browser = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        HttpResponse<String> response = browser.get("/test/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Ett internt fel inträffade")
                .doesNotContain("IllegalStateException")
                .doesNotContain("se.tillit.Secret")
                .doesNotContain("19121212")
                .doesNotContain("\tat ");
        // the log has the failure, with the personnummer masked
        assertThat(output.getAll()).contains("Boom for person [personnummer]").doesNotContain("19121212-1212");
    }

    @Test
    void theLogMasksAPersonnummerTheWaysPeopleWriteIt(CapturedOutput output) {
        org.slf4j.LoggerFactory.getLogger(ErrorsAndLogsTest.class)
                .warn("Sökte 19121212 1212, 121212\u20131212 och 19121212 \u2013 1212 i registret");
        assertThat(output.getAll())
                .contains("Sökte [personnummer], [personnummer] och [personnummer] i registret")
                .doesNotContain("1212 1212")
                .doesNotContain("121212\u20131212");
    }

    @Test
    void anUnknownPageIsANotFoundPageInSwedish() {
        HttpSession browser = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        HttpResponse<String> response = browser.get("/finns-inte");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sidan finns inte.");
    }

    @Test
    void theEngineRestApiAnswersErrorsWithoutStackTraces() {
        // the engine's REST API is a service account's (people never use HTTP Basic, issue 16)
        HttpResponse<String> response = HttpSession.api(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                .get("/engine-rest/process-instance/finns-inte");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception.java");
    }

    @Test
    void structuredJsonLogsAreMaskedByTheConfiguredCustomizer() {
        assertThat(environment.getProperty("logging.structured.json.customizer"))
                .isEqualTo(PersonnummerMaskingJsonCustomizer.class.getName());
    }
}
