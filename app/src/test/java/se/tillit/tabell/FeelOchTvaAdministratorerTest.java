package se.tillit.tabell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Roll;

/**
 * Issue 16: an uploaded decision table is FEEL only (JUEL reaches Spring beans, a script language runs code), and a
 * change to a legal deadline table waits for a second administrator. Versions deployed here are deleted afterwards, so
 * the other tests keep the shipped tables.
 */
@TillitSpringTest
class FeelOchTvaAdministratorerTest {

    static final Path PAMINNELSE = Path.of("../decisions/paminnelse.dmn");
    static final Path UTREDNINGSFRIST = Path.of("../decisions/utredningsfrist.dmn");
    static final String ANDRA_ADMIN = "admin.granskare";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void enAndraAdministrator() {
        Testkonton.skapaKonto(jdbc, ANDRA_ADMIN, "Greta Granskare (test)", "SOCFORV", Roll.ADMIN);
    }

    // kept: the deployed version of a decision table is global (the engine evaluates the latest for every test)
    @AfterEach
    void tillbakaTillDeLevereradeTabellerna() {
        repositoryService
                .createDeploymentQuery()
                .deploymentName("tillit-beslutstabell")
                .list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        jdbc.sql("delete from tabellversion").update();
        // a change left waiting by a failed test would block the next upload of its table: reject it
        HttpSession granskare = HttpSession.api(port, ANDRA_ADMIN, DemoKonton.LOSENORD);
        jdbc.sql("select id::text from tabellandring where status = 'VANTAR'")
                .query(String.class)
                .list()
                .forEach(id -> granskare.post(
                        "/api/admin/tabeller/andringar/" + id + "/avvisa", "{\"skal\":\"Teststädning\"}"));
    }

    @Test
    void aTableWithJuelAScriptOrANonFeelInputAnywhereIsRefusedWithAMessageAndNothingIsDeployed() throws IOException {
        String dmn = Files.readString(PAMINNELSE);
        Map<String, String> filer = new LinkedHashMap<>();
        filer.put(
                "JUEL i ett utdatavillkor",
                dmn.replace(
                        "<outputEntry id=\"Fore_Utredning\"><text>\"P14D\"</text>",
                        "<outputEntry id=\"Fore_Utredning\" expressionLanguage=\"juel\"><text>${\"P14D\"}</text>"));
        filer.put(
                "skript (javascript) i ett indatavillkor",
                dmn.replace(
                        "<inputEntry id=\"In_Utredning\">",
                        "<inputEntry id=\"In_Utredning\" expressionLanguage=\"javascript\">"));
        filer.put(
                "groovy i ett indatauttryck",
                dmn.replace(
                        "<inputExpression id=\"InputExpression_bevakning\" typeRef=\"string\">",
                        "<inputExpression id=\"InputExpression_bevakning\" typeRef=\"string\" expressionLanguage=\"groovy\">"));
        filer.put(
                "JUEL för hela filen",
                dmn.replace(
                        "namespace=\"https://tillit.se/dmn\"",
                        "namespace=\"https://tillit.se/dmn\" expressionLanguage=\"juel\""));
        filer.put(
                "python på beslutet",
                dmn.replace(
                        "<decision id=\"paminnelse\"", "<decision id=\"paminnelse\" expressionLanguage=\"python\""));
        filer.forEach((vad, fil) -> assertThat(fil).as(vad).isNotEqualTo(dmn));

        long deploymentsFore = repositoryService.createDeploymentQuery().count();
        long versionerFore =
                jdbc.sql("select count(*) from tabellversion").query(Long.class).single();
        HttpSession sida = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpSession api = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        filer.forEach((vad, fil) -> {
            for (HttpResponse<String> svar : List.of(
                    sida.postFil("/admin/tabeller", "paminnelse.dmn", utf8(fil)),
                    api.postFil("/api/admin/tabeller", "paminnelse.dmn", utf8(fil)))) {
                assertThat(svar.statusCode()).as("%s: %s", vad, svar.body()).isEqualTo(400);
                assertThat(svar.body()).as(vad).contains("Bara FEEL tas emot");
            }
        });

        assertThat(repositoryService.createDeploymentQuery().count())
                .as("nothing deployed")
                .isEqualTo(deploymentsFore);
        assertThat(jdbc.sql("select count(*) from tabellversion")
                        .query(Long.class)
                        .single())
                .isEqualTo(versionerFore);
        // the same file in FEEL, named so or not at all, is deployed: the refusal is the language, not the file
        String feel = dmn.replace(
                "<outputEntry id=\"Fore_Utredning\"><text>\"P14D\"</text>",
                "<outputEntry id=\"Fore_Utredning\" expressionLanguage=\"feel\"><text>\"P10D\"</text>");
        assertThat(api.postFil("/api/admin/tabeller", "paminnelse.dmn", utf8(feel))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aLegalDeadlineTableWaitsForASecondAdministratorWhoApprovesItTheProposerCannot() throws IOException {
        byte[] fil =
                utf8(Files.readString(UTREDNINGSFRIST).replaceFirst("<description>", "<description>Ändrad i test. "));
        long deploymentsFore = repositoryService.createDeploymentQuery().count();
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpSession granskare = HttpSession.browser(port, ANDRA_ADMIN, DemoKonton.LOSENORD);

        HttpResponse<String> uppladdad = admin.postFil("/admin/tabeller", "utredningsfrist.dmn", fil);
        assertThat(uppladdad.statusCode()).isEqualTo(302);
        assertThat(repositoryService.createDeploymentQuery().count())
                .as("not deployed at upload")
                .isEqualTo(deploymentsFore);
        String id = jdbc.sql(
                        "select id::text from tabellandring where beslutsnyckel = 'utredningsfrist' and status = 'VANTAR'")
                .query(String.class)
                .single();
        assertThat(admin.get("/admin/tabeller").body())
                .contains("/admin/tabeller/andringar/" + id + "/fil")
                .doesNotContain("/admin/tabeller/andringar/" + id + "/godkann");
        // a second upload of the same table while one waits is refused
        assertThat(admin.postFil("/admin/tabeller", "utredningsfrist.dmn", fil).body())
                .contains("väntar redan");

        HttpResponse<String> egen = admin.postForm("/admin/tabeller/andringar/" + id + "/godkann", Map.of());
        assertThat(egen.statusCode()).isEqualTo(403);
        assertThat(egen.body()).contains("inte godkänna din egen ändring");
        assertThat(HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .post("/api/admin/tabeller/andringar/" + id + "/godkann", "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().count())
                .as("still not deployed")
                .isEqualTo(deploymentsFore);

        assertThat(granskare.get("/admin/tabeller/andringar/" + id + "/fil").body())
                .contains("Ändrad i test.");
        HttpResponse<String> godkand = granskare.postForm("/admin/tabeller/andringar/" + id + "/godkann", Map.of());
        assertThat(godkand.statusCode()).as(godkand.body()).isEqualTo(302);

        List<Deployment> nya = repositoryService
                .createDeploymentQuery()
                .deploymentName("tillit-beslutstabell")
                .list();
        assertThat(nya).hasSize(1);
        assertThat(repositoryService
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("utredningsfrist")
                        .latestVersion()
                        .singleResult()
                        .getDeploymentId())
                .isEqualTo(nya.get(0).getId());
        assertThat(jdbc.sql(
                                "select status || ' ' || avgjord_av || ' ' || foreslagen_av from tabellandring where id = :id::uuid")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("GODKAND " + ANDRA_ADMIN + " admin");
        assertThat(jdbc.sql("select driftsatt_av from tabellversion where deployment_id = :d")
                        .param("d", nya.get(0).getId())
                        .query(String.class)
                        .single())
                .isEqualTo(ANDRA_ADMIN);
        // decided once: a second approval is a conflict
        assertThat(HttpSession.api(port, ANDRA_ADMIN, DemoKonton.LOSENORD)
                        .post("/api/admin/tabeller/andringar/" + id + "/godkann", "")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void aRejectionNeedsAReasonAndDeploysNothingAndTheApiAnswers202ForAWaitingChange() throws IOException {
        byte[] fil =
                utf8(Files.readString(UTREDNINGSFRIST).replaceFirst("<description>", "<description>Avvisas i test. "));
        long deploymentsFore = repositoryService.createDeploymentQuery().count();
        HttpSession api = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpSession granskare = HttpSession.api(port, ANDRA_ADMIN, DemoKonton.LOSENORD);

        HttpResponse<String> uppladdad = api.postFil("/api/admin/tabeller", "utredningsfrist.dmn", fil);
        assertThat(uppladdad.statusCode()).as(uppladdad.body()).isEqualTo(202);
        String id = HttpSession.json(uppladdad.body(), "id");
        assertThat(granskare.get("/api/admin/tabeller/andringar").body()).contains(id);

        assertThat(granskare
                        .post("/api/admin/tabeller/andringar/" + id + "/avvisa", "{\"skal\":\"  \"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> avvisad = granskare.post(
                "/api/admin/tabeller/andringar/" + id + "/avvisa",
                "{\"skal\":\"Fristen för barn är lagstadgad och ska inte ändras.\"}");
        assertThat(avvisad.statusCode()).as(avvisad.body()).isEqualTo(200);
        assertThat(avvisad.body()).contains("AVVISAD").contains("lagstadgad");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsFore);
        assertThat(granskare
                        .post("/api/admin/tabeller/andringar/" + id + "/godkann", "")
                        .statusCode())
                .isEqualTo(409);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
