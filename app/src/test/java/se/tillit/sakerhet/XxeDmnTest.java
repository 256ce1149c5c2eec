package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * XML attacks in an uploaded decision table, on the page and on the API: an external entity reading /etc/passwd, one
 * fetching a URL, a parameter entity, billion laughs, the same in UTF-16, an entity
 * used without a DOCTYPE. Each is refused with 400 naming
 * the DOCTYPE (or the XML error), nothing is deployed, no file content comes back.
 */
@TillitSpringTest
class XxeDmnTest {

    private static final Path INTERNPRIS = Path.of("../decisions/internpris.dmn");

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyXmlAttackInAnUploadedDmnIsRefusedAndNothingIsDeployed() throws IOException {
        String dmn = Files.readString(INTERNPRIS);
        int efterProlog = dmn.startsWith("<?xml") ? dmn.indexOf("?>") + 2 : 0;
        String prolog = dmn.substring(0, efterProlog);
        String rot = dmn.substring(efterProlog);
        // the first text content of the table: an entity reference there is what a parser would expand
        String medReferens = rot.replaceFirst("<text>", "<text>&xxe;");

        Map<String, byte[]> attacker = new LinkedHashMap<>();
        attacker.put(
                "extern entitet /etc/passwd",
                utf8(prolog + "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + medReferens));
        attacker.put(
                "extern entitet över http",
                utf8(prolog + "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"http://127.0.0.1:1/xxe\">]>"
                        + medReferens));
        attacker.put(
                "parameterentitet",
                utf8(prolog + "<!DOCTYPE definitions [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>" + rot));
        attacker.put(
                "billion laughs",
                utf8(prolog + "<!DOCTYPE definitions [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY xxe \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                        + medReferens));
        attacker.put(
                "extern entitet i UTF-16",
                ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                                + "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + medReferens)
                        .getBytes(StandardCharsets.UTF_16));
        attacker.put("odeklarerad entitet utan DOCTYPE", utf8(prolog + medReferens));

        long deploymentsFore = repositoryService.createDeploymentQuery().count();
        long versionerFore =
                jdbc.sql("select count(*) from tabellversion").query(Long.class).single();
        HttpSession sida = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpSession api = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        attacker.forEach((vad, fil) -> {
            for (HttpResponse<String> svar : new HttpResponse[] {
                sida.postFil("/admin/tabeller", "internpris.dmn", fil),
                api.postFil("/api/admin/tabeller", "internpris.dmn", fil)
            }) {
                assertThat(svar.statusCode()).as("%s: %s", vad, svar.body()).isEqualTo(400);
                assertThat(svar.body())
                        .as(vad)
                        .doesNotContain("root:x:0")
                        .doesNotContain("/bin/bash")
                        .doesNotContain("lollollol")
                        .doesNotContain("Exception");
            }
        });

        assertThat(repositoryService.createDeploymentQuery().count())
                .as("nothing deployed")
                .isEqualTo(deploymentsFore);
        assertThat(jdbc.sql("select count(*) from tabellversion")
                        .query(Long.class)
                        .single())
                .isEqualTo(versionerFore);
        // the refusal names the reason for a DOCTYPE
        assertThat(api.postFil("/api/admin/tabeller", "internpris.dmn", attacker.get("extern entitet /etc/passwd"))
                        .body())
                .contains("DOCTYPE");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
