package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * The print stylesheet's fonts (DejaVu Serif, from npm dejavu-fonts-ttf, docs/adr/0025) are served from the jar beside
 * it, to anyone, as the stylesheets are: a printed or saved lex Sarah document embeds a font that may be embedded.
 */
@TillitSpringTest
class TypsnittTest {

    private static final Pattern URL = Pattern.compile("url\\(\"([^\"]+)\"\\)");

    @LocalServerPort
    int port;

    @Test
    void everyFontThePrintStylesheetNamesIsServedFromTheJar() {
        HttpSession anonym = HttpSession.anonymous(port);
        String stilmall = anonym.get("/css/utskrift.css").body();
        Matcher url = URL.matcher(stilmall);
        int antal = 0;
        while (url.find()) {
            HttpResponse<String> typsnitt = anonym.get("/css/" + url.group(1));
            assertThat(typsnitt.statusCode()).as(url.group(1)).isEqualTo(200);
            assertThat(typsnitt.headers().firstValue("Content-Type"))
                    .as(url.group(1))
                    .hasValueSatisfying(typ -> assertThat(typ).contains("font/ttf"));
            antal++;
        }
        assertThat(antal).isEqualTo(4);
        assertThat(anonym.get("/css/fonts/dejavu/LICENSE").statusCode()).isEqualTo(200);
    }
}
