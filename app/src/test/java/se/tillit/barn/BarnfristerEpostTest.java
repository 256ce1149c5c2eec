package se.tillit.barn;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Barnprocesserna;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;

/**
 * A child's clocks (issue 17: anmalarinformation, barnuppfoljning; barnplacering names its task the same way,
 * BarnplaceringProcessTest) remind by e-mail whoever has the clock's task, as the other deadlines do (Epostutskick): the
 * case's handläggare when one has taken it, and every handläggare of the unit only while nobody has. A passed deadline
 * goes to the unit's chef. Each test makes its own unit with two handläggare, so "the one" and "all" differ, and no
 * other test's unit or reminders are touched.
 */
@TillitSpringTest
class BarnfristerEpostTest {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    /** The test's own unit of children's cases, with two handläggare and a chef, each with an e-mail address. */
    private String enhet;

    private String handlaggaren;
    private String andraHandlaggaren;
    private String chefen;

    @BeforeEach
    void enEgenEnhetMedTvaHandlaggareOchEnChef() {
        String nyckel = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        enhet = Testkonton.skapaEnhet(
                jdbc, "BOU-" + nyckel, "Barn och unga " + nyckel + " (test)", Enhetstyp.MYNDIGHET);
        jdbc.sql("insert into enhet_arendetyp (enhet_kod, arendetyp, skapad_av) values (:kod, 'BARN_OCH_UNGA', 'test')")
                .param("kod", enhet)
                .update();
        String namn = nyckel.toLowerCase(Locale.ROOT);
        handlaggaren = konto("hl1." + namn, "Hanna Epost (test)", Roll.HANDLAGGARE);
        andraHandlaggaren = konto("hl2." + namn, "Harald Epost (test)", Roll.HANDLAGGARE);
        chefen = konto("chef." + namn, "Cecilia Epost (test)", Roll.CHEF);
    }

    private String konto(String anvandarnamn, String namn, Roll roll) {
        Testkonton.skapaKonto(jdbc, anvandarnamn, namn, enhet, roll);
        jdbc.sql("update anvandare set epost = :epost where anvandarnamn = :a")
                .param("epost", epost(anvandarnamn))
                .param("a", anvandarnamn)
                .update();
        return anvandarnamn;
    }

    private static String epost(String anvandarnamn) {
        return anvandarnamn + "@test.tillit.invalid";
    }

    @Test
    void theReportersInformationIsRemindedToTheHandlaggareWhoHasItsTask() throws Exception { // C1 item 3
        Task informera = anmalarinformation("Rut");
        HttpSession hanna = HttpSession.browser(port, handlaggaren, DemoKonton.LOSENORD);
        assertThat(hanna.postForm("/uppgifter/" + informera.getId() + "/ta", Map.of())
                        .statusCode())
                .isEqualTo(302);

        utlos(informera, Barnprocesserna.TIMER_PAMINNELSE_ANMALARINFORMATION);

        assertThat(mottagare(informera, 1)).containsExactly(epost(handlaggaren));
    }

    @Test
    void withNobodyOnTheTaskEveryHandlaggareOfTheUnitIsReminded() throws Exception { // C1 item 3
        Task informera = anmalarinformation("Sam");

        utlos(informera, Barnprocesserna.TIMER_PAMINNELSE_ANMALARINFORMATION);

        assertThat(mottagare(informera, 2)).containsExactly(epost(handlaggaren), epost(andraHandlaggaren));
    }

    @Test
    void aPassedDeadlineForTheReportersInformationGoesToTheUnitsChef() throws Exception { // C1 item 3
        Task informera = anmalarinformation("Tor");
        HttpSession.browser(port, handlaggaren, DemoKonton.LOSENORD)
                .postForm("/uppgifter/" + informera.getId() + "/ta", Map.of());

        utlos(informera, Barnprocesserna.TIMER_ANMALARINFORMATION_FORSENAD);

        Task chefens = taskService
                .createTaskQuery()
                .processInstanceId(informera.getProcessInstanceId())
                .taskDefinitionKey(Barnprocesserna.TASK_ANMALARINFORMATION_FORSENAD)
                .singleResult();
        assertThat(mottagare(chefens, 1)).containsExactly(epost(chefen));
    }

    @Test
    void theFollowUpAfterAnInvestigationIsRemindedToTheHandlaggareWhoHasItsTask() throws Exception { // C1 item 12
        String arendeId = utreddBarnansokan("Ulla");
        HttpSession hanna = HttpSession.browser(port, handlaggaren, DemoKonton.LOSENORD);
        assertThat(hanna.postForm(
                                "/arenden/" + arendeId + "/avslut",
                                Map.of("avslutsorsak", "UTREDNING_AVSLUTAD_UTAN_INSATS"))
                        .statusCode())
                .isEqualTo(302);
        Task foljUpp = taskService
                .createTaskQuery()
                .processVariableValueEquals("arendeId", arendeId)
                .taskDefinitionKey(Barnprocesserna.TASK_FOLJA_UPP_BARNET)
                .singleResult();
        assertThat(hanna.postForm("/uppgifter/" + foljUpp.getId() + "/ta", Map.of())
                        .statusCode())
                .isEqualTo(302);

        utlos(foljUpp, Barnprocesserna.TIMER_PAMINNELSE_BARNUPPFOLJNING);

        assertThat(mottagare(foljUpp, 1)).containsExactly(epost(handlaggaren));
    }

    /** A child's anmälan decided (not opened: the case closes), then the reporter's request: its task, a week on. */
    private Task anmalarinformation(String fornamn) {
        HttpResponse<String> anmalan = HttpSession.api(port, handlaggaren, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"Epostsson","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN",
                 "inkom":"%s","orsakskod":"ORO_FOR_BARN","anmalartyp":"SKOLA","enhet":"%s"}""".formatted(
                                BarnSidaTest.personnummer(),
                                fornamn,
                                se.tillit.Testtid.idagFore(java.time.Duration.ofHours(3)),
                                enhet));
        assertThat(anmalan.statusCode()).as(anmalan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(anmalan.body(), "arendeId");
        String arendenummer = HttpSession.json(anmalan.body(), "arendenummer");
        slutfor(arendenummer, Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING, Map.of());
        slutfor(
                arendenummer,
                Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING,
                Map.of(
                        "bedomning",
                        "LEDER_INTE_TILL_UTREDNING",
                        "motivering",
                        "Skolan och vårdnadshavarna har redan ordnat stöd."));
        LocalDate idag = LocalDate.now(SVENSK_TID);
        assertThat(HttpSession.browser(port, handlaggaren, DemoKonton.LOSENORD)
                        .postForm(
                                "/arenden/" + arendeId + "/barn/anmalarinformation",
                                Map.of(
                                        "aktualiseringId",
                                        HttpSession.json(anmalan.body(), "aktualiseringId"),
                                        "begaranInkom",
                                        idag.toString()))
                        .statusCode())
                .isEqualTo(302);
        return taskService
                .createTaskQuery()
                .processVariableValueEquals("arendeId", arendeId)
                .taskDefinitionKey(Barnprocesserna.TASK_INFORMERA_ANMALAREN)
                .singleResult();
    }

    private String utreddBarnansokan(String fornamn) {
        return new Ansokan(port, taskService, handlaggaren, "BARN_OCH_UNGA", enhet)
                .person(BarnSidaTest.personnummer(), fornamn, "Epostsson")
                .tillBeslut();
    }

    private void slutfor(String arendenummer, String uppgift, Map<String, Object> varden) {
        Ansokan.slutfor(taskService, arendenummer, uppgift, varden);
    }

    /** The clock's timer comes due now (its own dates: the process tests). */
    private void utlos(Task uppgift, String timer) {
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(uppgift.getProcessInstanceId())
                .activityId(timer)
                .singleResult()
                .getId());
    }

    /** The addresses of the e-mails that link to the task, once {@code antal} have come (other tests' may come too). */
    private List<String> mottagare(Task uppgift, int antal) throws Exception {
        List<MimeMessage> egna = new ArrayList<>();
        for (int i = 0; i < 100 && egna.size() < antal; i++) {
            Thread.sleep(100);
            egna.clear();
            for (MimeMessage mottaget : greenMail.getReceivedMessages()) {
                if (((String) mottaget.getContent()).contains("/uppgifter/" + uppgift.getId())) {
                    egna.add(mottaget);
                }
            }
        }
        Thread.sleep(1_000); // and no more than that
        TreeSet<String> adresser = new TreeSet<>();
        for (MimeMessage mottaget : greenMail.getReceivedMessages()) {
            if (((String) mottaget.getContent()).contains("/uppgifter/" + uppgift.getId())) {
                for (Address adress : mottaget.getAllRecipients()) {
                    adresser.add(adress.toString());
                }
            }
        }
        return List.copyOf(adresser);
    }
}
