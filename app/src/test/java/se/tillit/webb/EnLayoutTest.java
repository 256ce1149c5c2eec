package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.tillit.TillitSpringTest;

/**
 * Issue 14, "one layout for every page": every page is built on the same head and header fragments, styled by the
 * design system's CSS served from the jar (no CDN), with nothing inline that the strict Content-Security-Policy
 * would have to allow. The browser tests (WebblasareTest, ResorTest) check the result with axe-core.
 */
@TillitSpringTest
class EnLayoutTest {

    private static final Path MALLAR = Path.of("src/main/resources/templates");
    /** printed documents (PDF) have their own print stylesheet; fragment files are parts of pages */
    private static final Set<String> INTE_SIDOR = Set.of(
            "fragments.html",
            "beslutsbrev.html",
            "ivo-pdf.html",
            "arendesteg.html",
            "ivo-rapporter.html",
            "journal-delar.html",
            "admin-historik.html",
            "genomforandeplan-delar.html",
            "gallring-delar.html");

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageHasTheSameHeadAndHeaderAndNoInlineStyleOrScript() throws IOException {
        List<Path> sidor;
        try (Stream<Path> filer = Files.list(MALLAR)) {
            sidor = filer.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !INTE_SIDOR.contains(f.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        assertThat(sidor).hasSizeGreaterThan(30);
        for (Path sida : sidor) {
            String html = Files.readString(sida);
            assertThat(html)
                    .as(sida.getFileName().toString())
                    .containsAnyOf("~{fragments :: head(", "~{fragments :: stilmallar}")
                    .contains("~{fragments :: sidhuvud}")
                    .doesNotContain("<style", " style=\"", "th:style", "<script>", "//cdn", "https://");
        }
    }

    @Test
    void theDesignSystemsCssIsServedFromTheJarWithoutLogin() throws Exception {
        for (String css : List.of(
                "/css/designsystemet/dist/src/index.css",
                "/css/designsystemet/dist/theme/designsystemet.css",
                "/css/tillit.css")) {
            mvc.perform(get(css)).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css"));
        }
        String login = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(login)
                .contains(
                        "/css/designsystemet/dist/src/index.css",
                        "/css/designsystemet/dist/theme/designsystemet.css",
                        "class=\"ds-button\"",
                        "class=\"ds-skip-link\"");
        // the design system first, Tillit's layout last, so the layout's few rules win where they must
        assertThat(login.indexOf("designsystemet.css")).isLessThan(login.indexOf("/css/tillit.css"));
    }

    @Test
    void theHandWrittenStylesheetStylesNoComponentTheDesignSystemStyles() throws IOException {
        String tillit = Files.readString(Path.of("src/main/resources/static/css/tillit.css"));
        // element rules for buttons, inputs and tables would override ds-button, ds-input and ds-table (unlayered CSS
        // wins over the design system's layers)
        assertThat(tillit).doesNotContainPattern("(?m)^\\s*(button|input|select|textarea|table|th, td|a)\\s*[,{]");
        assertThat(tillit).doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
    }
}
