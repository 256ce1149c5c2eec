package se.tillit.tabell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.pris.Pris;
import se.tillit.pris.PrisSaknas;
import se.tillit.pris.Prisfraga;
import se.tillit.pris.Prislista;

/**
 * R25: an administrator deploys a new version of a decision table from the page or the API, after the check;
 * every deployment is logged with who and when. The other tests share this engine and expect the shipped
 * price list (2015 unpriced), so every version deployed here is deleted again after each test.
 */
@TillitSpringTest
class TabellDriftsattningTest {

    static final Path INTERNPRIS = Path.of("../decisions/internpris.dmn");
    static final String START = "SpringAutoDeployment";
    static final LocalDate DAG_2014 = LocalDate.of(2014, 6, 2);
    static final LocalDate DAG_2015 = LocalDate.of(2015, 3, 2);

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    Prislista prislista;

    @Autowired
    Tabellmotor tabellmotor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaktion;

    private final List<String> startdeploymentsAttTaBort = new java.util.ArrayList<>();

    // kept: the deployed version of a decision table is global (every test prices with the latest internpris)
    @AfterEach
    void tillbakaTillDenLevereradeVersionen() {
        repositoryService
                .createDeploymentQuery()
                .deploymentName("tillit-beslutstabell")
                .list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        startdeploymentsAttTaBort.forEach(id -> repositoryService.deleteDeployment(id, true));
        jdbc.sql("delete from tabellversion").update();
        assertThat(senaste().getDeploymentId())
                .as("the shipped internpris is the latest again")
                .isIn(repositoryService.createDeploymentQuery().deploymentName(START).list().stream()
                        .map(Deployment::getId)
                        .toList());
    }

    @Test
    void r25TheAdministratorDeploysA2015PriceVersionOnThePageAndItPricesFrom2015WhileTheOld2014PriceStays()
            throws Exception {
        int fore = senaste().getVersion();
        assertThatThrownBy(() -> prislista.pris(personligAssistans(DAG_2015))).isInstanceOf(PrisSaknas.class);
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.get("/").body()).as("linked from the start page").contains("href=\"/admin/tabeller\"");
        String fore2015 = admin.get("/admin/tabeller").body();
        assertThat(fore2015).contains("internpris", "Interna priser", "vid start", "enctype=\"multipart/form-data\"");
        assertThat(fore2015.indexOf("name=\"_csrf\"", fore2015.indexOf("multipart/form-data")))
                .as("the token is sent before the file, so it is read even when the file is refused as too large")
                .isBetween(0, fore2015.indexOf("type=\"file\""));
        byte[] fil = internpris2015();

        HttpResponse<String> uppladdning = admin.postFil("/admin/tabeller", "internpris-2015.dmn", fil);

        assertThat(uppladdning.statusCode()).as(uppladdning.body()).isEqualTo(302);
        String sida = admin.get("/admin/tabeller").body();
        assertThat(sida)
                .contains(
                        "Version " + (fore + 1) + " av internpris är driftsatt",
                        "<td>" + (fore + 1) + "</td>",
                        "<td>admin</td>",
                        "<td>internpris-2015.dmn</td>");
        assertThat(prislista.pris(personligAssistans(DAG_2015)))
                .isEqualTo(new Pris(new BigDecimal("279.13"), "TIMME", "ALLA"));
        assertThat(prislista.pris(personligAssistans(DAG_2014)))
                .isEqualTo(new Pris(new BigDecimal("271.00"), "TIMME", "ALLA"));
        assertThatThrownBy(() -> prislista.pris(new Prisfraga("LSS_KORTTIDSVISTELSE", null, null, DAG_2015)))
                .as("only the indexed insats has 2015 rows")
                .isInstanceOf(PrisSaknas.class);

        DecisionDefinition ny = senaste();
        Deployment deployment = repositoryService
                .createDeploymentQuery()
                .deploymentId(ny.getDeploymentId())
                .singleResult();
        assertThat(ny.getVersion()).isEqualTo(fore + 1);
        assertThat(deployment.getName()).isEqualTo("tillit-beslutstabell");
        assertThat(deployment.getSource()).isEqualTo("tillit-administrator");
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .containsExactly("internpris.dmn");
        assertThat(jdbc.sql(
                                "select beslutsnyckel, version, filnamn, sha256, driftsatt_av from tabellversion where deployment_id = :d")
                        .param("d", deployment.getId())
                        .query()
                        .singleRow())
                .containsEntry("beslutsnyckel", "internpris")
                .containsEntry("version", fore + 1)
                .containsEntry("filnamn", "internpris-2015.dmn")
                .containsEntry("sha256", sha256(fil))
                .containsEntry("driftsatt_av", DemoKonton.ADMIN);
        assertThat(historyService
                        .createUserOperationLogQuery()
                        .deploymentId(deployment.getId())
                        .userId(DemoKonton.ADMIN)
                        .count())
                .as("the engine's own log names the administrator too")
                .isPositive();
    }

    @Test
    void r25TheApiDeploysForAnAdministratorWithBasicAuthentication() throws Exception {
        int fore = senaste().getVersion();

        HttpResponse<String> svar = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .postFil("/api/admin/tabeller", "internpris.dmn", internpris2015());

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        assertThat(svar.body()).contains("\"beslutsnyckel\":\"internpris\"", "\"version\":" + (fore + 1));
        assertThat(prislista.pris(personligAssistans(DAG_2015)).belopp()).isEqualByComparingTo("279.13");
        assertThat(HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/api/admin/tabeller")
                        .body())
                .contains("\"driftsattAv\":\"admin\"", "\"ursprung\":\"VID_START\"");
    }

    @Test
    void r25ARefusedUploadAnswers400WithEveryProblemAndChangesNothing() throws Exception {
        int fore = senaste().getVersion();
        long deploymentsFore = repositoryService.createDeploymentQuery().count();
        // a second P06 row overlapping the first in 2014, and no history time to live
        byte[] felaktig = text(Files.readString(INTERNPRIS)
                .replace(" camunda:historyTimeToLive=\"3650\"", "")
                .replace(
                        "    </decisionTable>",
                        regel(
                                        "P06_ny",
                                        "P06 ny taxa",
                                        "LSS_PERSONLIG_ASSISTANS",
                                        "[date(\"2014-07-01\")..date(\"2015-06-30\")]",
                                        "280")
                                + "\n    </decisionTable>"));
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        HttpResponse<String> sida = admin.postFil("/admin/tabeller", "internpris.dmn", felaktig);
        HttpResponse<String> api = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                .postFil("/api/admin/tabeller", "internpris.dmn", felaktig);

        assertThat(sida.statusCode()).isEqualTo(400);
        assertThat(sida.body())
                .contains(
                        "Filen internpris.dmn driftsattes inte",
                        "Beslutet internpris saknar camunda:historyTimeToLive",
                        "rad 6 (P06 Personlig assistans enl LSS: 271 kr (2014)) och rad 37 (P06 ny taxa)");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"falt\":\"fil\"", "saknar camunda:historyTimeToLive", "rad 37 (P06 ny taxa)");
        assertThat(senaste().getVersion()).isEqualTo(fore);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsFore);
        assertThat(jdbc.sql("select count(*) from tabellversion")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void r25OnlyAdministratorsReachThePageAndTheApi() throws Exception {
        long deploymentsFore = repositoryService.createDeploymentQuery().count();
        HttpSession handlaggare = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        assertThat(handlaggare.get("/admin/tabeller").statusCode()).isEqualTo(403);
        assertThat(handlaggare
                        .postFil("/admin/tabeller", "internpris.dmn", internpris2015())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> api = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .postFil("/api/admin/tabeller", "internpris.dmn", internpris2015());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("Ej behörig");
        assertThat(HttpSession.api(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                        .get("/api/admin/tabeller")
                        .statusCode())
                .isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsFore);
    }

    @Test
    void r25AFileOverOneMegabyteGetsAClearRefusalNotAServerError() throws Exception {
        byte[] stor = new byte[2 * 1024 * 1024];
        Arrays.fill(stor, (byte) ' ');
        byte[] forStor = new byte[7 * 1024 * 1024];
        Arrays.fill(forStor, (byte) ' ');
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpSession api = HttpSession.api(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        HttpResponse<String> sida = admin.postFil("/admin/tabeller", "stor.dmn", stor);
        assertThat(sida.statusCode()).isEqualTo(400);
        assertThat(sida.body()).contains("Filen är 2097152 byte; högst 1048576 byte (1 MB) tas emot.");
        assertThat(api.postFil("/api/admin/tabeller", "stor.dmn", stor).statusCode())
                .isEqualTo(400);

        // beyond the upload's bound (5 MB, Uppladdningsgrans) the request is refused before our code: 413, not a server
        // error
        HttpResponse<String> sidaForStor = admin.postFil("/admin/tabeller", "jatte.dmn", forStor);
        assertThat(sidaForStor.statusCode()).isEqualTo(413);
        assertThat(sidaForStor.body()).contains("Filen är för stor för att tas emot.");
        HttpResponse<String> apiForStor = api.postFil("/api/admin/tabeller", "jatte.dmn", forStor);
        assertThat(apiForStor.statusCode()).isEqualTo(413);
        assertThat(apiForStor.body()).contains("\"status\":413");
    }

    /** The deployment and its log row are one transaction: when the log cannot be written, no version is left. */
    @Test
    void r25ADeploymentWhoseTransactionRollsBackLeavesNoVersion() throws Exception {
        int fore = senaste().getVersion();
        byte[] fil = internpris2015();

        assertThatThrownBy(() -> transaktion.executeWithoutResult(status -> {
                    tabellmotor.driftsatt("internpris", fil);
                    throw new IllegalStateException("the log row could not be written");
                }))
                .hasMessage("the log row could not be written");

        assertThat(senaste().getVersion()).isEqualTo(fore);
        assertThat(repositoryService
                        .createDeploymentQuery()
                        .deploymentName("tillit-beslutstabell")
                        .count())
                .isZero();
        assertThatThrownBy(() -> prislista.pris(personligAssistans(DAG_2015))).isInstanceOf(PrisSaknas.class);
    }

    /**
     * What a restart and a new release do to an administrator's version, by running the starter's own start-up
     * deployment again (SpringTransactionsProcessEngineConfiguration.autoDeployResources) against this engine.
     */
    @Test
    void r25ARestartKeepsTheAdministratorsVersionAndAFileChangedInANewReleaseBecomesTheNewest() throws Exception {
        SpringProcessEngineConfiguration konfiguration =
                (SpringProcessEngineConfiguration) processEngine.getProcessEngineConfiguration();
        assertThat(konfiguration.getDeploymentName()).isEqualTo(START);
        assertThat(konfiguration.isDeployChangedOnly())
                .as("application.yaml, generic-properties")
                .isTrue();
        assertThat(repositoryService
                        .createDeploymentQuery()
                        .deploymentName(START)
                        .list())
                .allSatisfy(d -> assertThat(d.getSource())
                        .as("the start-up deployment has no source")
                        .isNull());
        Tabellmotor.NyVersion admin = tabellmotor.driftsatt("internpris", internpris2015());
        long deployments = repositoryService.createDeploymentQuery().count();

        startaOm(konfiguration, konfiguration.getDeploymentResources());

        assertThat(repositoryService.createDeploymentQuery().count())
                .as("unchanged files: nothing deployed")
                .isEqualTo(deployments);
        assertThat(senaste().getVersion()).isEqualTo(admin.version());
        assertThat(prislista.pris(personligAssistans(DAG_2015)).belopp()).isEqualByComparingTo("279.13");

        // a new release whose internpris.dmn differs from the one deployed at the last start
        Resource[] nasta = Arrays.stream(konfiguration.getDeploymentResources())
                .map(r -> "internpris.dmn".equals(r.getFilename()) ? andrad(r, startnamn("internpris.dmn")) : r)
                .toArray(Resource[]::new);
        startaOm(konfiguration, nasta);

        DecisionDefinition senaste = senaste();
        startdeploymentsAttTaBort.add(senaste.getDeploymentId());
        assertThat(senaste.getVersion()).isEqualTo(admin.version() + 1);
        assertThat(repositoryService
                        .createDeploymentQuery()
                        .deploymentId(senaste.getDeploymentId())
                        .singleResult()
                        .getName())
                .isEqualTo(START);
        assertThat(repositoryService.getDeploymentResourceNames(senaste.getDeploymentId()))
                .as("only the changed file")
                .singleElement()
                .satisfies(namn -> assertThat(namn).endsWith("internpris.dmn"));
        assertThatThrownBy(() -> prislista.pris(personligAssistans(DAG_2015)))
                .as("the release's file has no 2015 rows")
                .isInstanceOf(PrisSaknas.class);
    }

    private void startaOm(SpringProcessEngineConfiguration konfiguration, Resource[] resurser) throws Exception {
        Resource[] original = konfiguration.getDeploymentResources();
        Method autoDeploy = SpringTransactionsProcessEngineConfiguration.class.getDeclaredMethod(
                "autoDeployResources", ProcessEngine.class);
        autoDeploy.setAccessible(true);
        try {
            konfiguration.setDeploymentResources(resurser);
            autoDeploy.invoke(konfiguration, processEngine);
        } finally {
            konfiguration.setDeploymentResources(original);
        }
    }

    /** The resource name the start-up deployment gave the file (an absolute path when run from target/classes). */
    private String startnamn(String fil) {
        return repositoryService.createDeploymentQuery().deploymentName(START).list().stream()
                .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
                .filter(namn -> namn.endsWith(fil))
                .findFirst()
                .orElseThrow();
    }

    /** The file of the next release: the same name, one more comment. */
    private static Resource andrad(Resource resurs, String namn) {
        try {
            byte[] innehall = (new String(resurs.getContentAsByteArray(), StandardCharsets.UTF_8)
                            + "\n<!-- next release -->\n")
                    .getBytes(StandardCharsets.UTF_8);
            class Namngiven extends ByteArrayResource implements ContextResource {
                Namngiven() {
                    super(innehall);
                }

                @Override
                public String getPathWithinContext() {
                    return namn;
                }
            }
            return new Namngiven();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DecisionDefinition senaste() {
        return repositoryService
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("internpris")
                .latestVersion()
                .singleResult();
    }

    private static Prisfraga personligAssistans(LocalDate dag) {
        return new Prisfraga("LSS_PERSONLIG_ASSISTANS", null, null, dag);
    }

    /** The shipped list plus a 3 % indexation of personlig assistans (P06, 271 kr) from 2015-01-01. */
    static byte[] internpris2015() throws IOException {
        return text(Files.readString(INTERNPRIS)
                .replace(
                        "    </decisionTable>",
                        regel(
                                        "P06_2015",
                                        "P06 Personlig assistans enl LSS: 279,13 kr (2015, +3 %)",
                                        "LSS_PERSONLIG_ASSISTANS",
                                        "[date(\"2015-01-01\")..date(\"2015-12-31\")]",
                                        "279.13")
                                + "\n    </decisionTable>"));
    }

    static String regel(String id, String beskrivning, String insats, String datum, String belopp) {
        return """
                      <rule id="Rule_%1$s">
                        <description>%2$s</description>
                        <inputEntry id="In_%1$s_insats"><text>"%3$s"</text></inputEntry>
                        <inputEntry id="In_%1$s_niva"><text>null</text></inputEntry>
                        <inputEntry id="In_%1$s_omfattning"><text>null</text></inputEntry>
                        <inputEntry id="In_%1$s_datum"><text>%4$s</text></inputEntry>
                        <outputEntry id="Out_%1$s_belopp"><text>%5$s</text></outputEntry>
                        <outputEntry id="Out_%1$s_enhet"><text>"TIMME"</text></outputEntry>
                        <outputEntry id="Out_%1$s_debiteringsdagar"><text>"ALLA"</text></outputEntry>
                      </rule>""".formatted(id, beskrivning, insats, datum, belopp);
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] fil) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fil));
    }
}
