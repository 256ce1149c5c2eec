package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * Every page a role can reach by following links from the start page answers without a server error, and no link
 * shown to a role leads to a page it may not see (issue 17: "the crawl of every page each role can reach finds no
 * 5xx"). A person of each role logs in with the form and follows every same-site link of every page it gets (and every
 * redirect), GET only, as far as {@link #MAX_SIDOR} pages; pages that differ only in their ids, dates or numbers are
 * visited {@link #PER_MONSTER} times, so that a week's "next week" link does not walk the calendar for ever.
 * The demo data and whatever the other tests of the shared context left give the pages their rows.
 */
@TillitSpringTest
class SidgenomgangTest {

    static final int MAX_SIDOR = 250;
    static final int PER_MONSTER = 3;
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)(?:#[^\"]*)?\"");
    /** Not pages: leaving, static files, the engine's own webapps and REST API, the JSON API, the monitoring endpoints. */
    private static final List<String> INTE_SIDOR = List.of(
            "/logout",
            "/login",
            "/css/",
            "/js/",
            "/bilder/",
            "/webjars/",
            "/favicon",
            "/engine-rest",
            "/camunda",
            "/api/",
            "/actuator",
            "/dokumentation/openapi");

    private static final Pattern ID_ELLER_TAL = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}|\\d{4}-Q\\d|\\d{4}-W\\d{2}|\\d+");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                DemoKonton.HANDLAGGARE,
                "handlaggare.lss",
                DemoKonton.CHEF,
                DemoKonton.REVISOR,
                DemoKonton.UTFORARE,
                DemoKonton.ADMIN,
                DemoKonton.LEXSARAH_ANSVARIG
            })
    void everyPageTheRoleCanReachAnswersWithoutAnErrorAndNoLinkLeadsToARefusal(String anvandare) {
        HttpSession session = HttpSession.browser(port, anvandare, DemoKonton.LOSENORD);
        Deque<String> kvar = new ArrayDeque<>(List.of("/"));
        Set<String> sedda = new LinkedHashSet<>(kvar);
        Map<String, Integer> perMonster = new HashMap<>();
        Map<String, String> franSida = new HashMap<>();
        List<String> fel = new ArrayList<>();
        int besokta = 0;
        while (!kvar.isEmpty() && besokta < MAX_SIDOR) {
            String sida = kvar.poll();
            HttpResponse<String> svar = session.get(sida);
            besokta++;
            int status = svar.statusCode();
            if (status >= 500 || status == 403 || status == 404 || status == 400) {
                fel.add(status + " " + sida + " (link on " + franSida.get(sida) + ")");
                continue;
            }
            List<String> lankar = new ArrayList<>();
            if (status / 100 == 3) {
                svar.headers().firstValue("Location").ifPresent(lankar::add);
            } else if (svar.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher href = HREF.matcher(svar.body());
                while (href.find()) {
                    lankar.add(href.group(1).replace("&amp;", "&"));
                }
            }
            for (String lank : lankar) {
                String sokvag = sammaWebbplats(sida, lank);
                if (sokvag == null || INTE_SIDOR.stream().anyMatch(sokvag::startsWith) || !sedda.add(sokvag)) {
                    continue;
                }
                if (perMonster.merge(ID_ELLER_TAL.matcher(sokvag).replaceAll("#"), 1, Integer::sum) <= PER_MONSTER) {
                    franSida.put(sokvag, sida);
                    kvar.add(sokvag);
                }
            }
        }
        assertThat(fel).as("%s: %d pages visited", anvandare, besokta).isEmpty();
        assertThat(besokta).as("%s reached more than the start page", anvandare).isGreaterThan(3);
    }

    /** The path and query of a link on {@code sida} to this site, or null for another site, a mail address or a script. */
    private String sammaWebbplats(String sida, String lank) {
        if (lank.isBlank()
                || lank.startsWith("mailto:")
                || lank.startsWith("javascript:")
                || lank.startsWith("data:")) {
            return null;
        }
        URI uri = URI.create("http://localhost:" + port + sida).resolve(lank.replace(" ", "%20"));
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
