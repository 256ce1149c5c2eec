package se.tillit.arende;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.Utredningsprocessen;

/** The case API, the use cases behind it and the processes they start, on the whole application. */
@TillitSpringTest
class ArendeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anLssAnsokanOpensACaseWhoseProcessWaitsForTheAssessment() { // R01
        HttpResponse<String> svar =
                registrera("handlaggare.lss", ansokan("19700315-9816", "Anna", "Provsson", "LSS", "LSS"));

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(svar.body(), "arendenummer");
        assertThat(arendenummer).matches("\\d{4}-\\d{6}");
        assertThat(svar.body()).contains("\"nyttArende\":true").contains("\"tidigareArendeId\":null");
        assertThat(svar.headers().firstValue("Location"))
                .hasValue("/api/arenden/" + HttpSession.json(svar.body(), "arendeId"));

        Task bedomning = uppgift(arendenummer, "aktualisering");
        assertThat(bedomning.getTaskDefinitionKey()).isEqualTo(Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING);
        assertThat(taskService.getIdentityLinksForTask(bedomning.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("LSS:HANDLAGGARE"));

        HttpResponse<String> arende = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/api/arenden/" + HttpSession.json(svar.body(), "arendeId"));
        assertThat(arende.body()).contains("\"oppet\":true").contains("\"arendetyp\":\"LSS\"");
    }

    @Test
    void theDemoProfileHasCasesWaitingForTheirFirstStep() {
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(Arendeprocessen.PROCESS)
                        .active()
                        .count())
                .isGreaterThanOrEqualTo(3);
        assertThat(taskService
                        .createTaskQuery()
                        .taskDefinitionKey(Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING)
                        .taskCandidateGroup("BOU:HANDLAGGARE")
                        .count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long arendenFore = antal("arende");

        HttpResponse<String> saknas = registrera("handlaggare.lss", "{\"personnummer\":\"19700315-9816\"}");
        HttpResponse<String> ogiltigt =
                registrera("handlaggare.lss", ansokan("19700315-9817", "Anna", "Provsson", "LSS", "FINNS_INTE"));
        HttpResponse<String> framtid = registrera(
                "handlaggare.lss",
                ansokan("19700315-9816", "Anna", "Provsson", "LSS", "LSS")
                        .replaceFirst(
                                "\"inkom\":\"[^\"]+\"",
                                "\"inkom\":\"" + OffsetDateTime.now().plusDays(2) + "\""));
        HttpResponse<String> trasig = registrera("handlaggare.lss", "{inte json");
        HttpResponse<String> okandTyp = registrera(
                "handlaggare.lss",
                ansokan("19700315-9816", "Anna", "Provsson", "LSS", "LSS")
                        .replace("\"arendetyp\":\"LSS\"", "\"arendetyp\":\"OKAND\""));

        assertThat(saknas.statusCode()).isEqualTo(400);
        assertThat(saknas.body())
                .contains("\"falt\":\"arendetyp\"")
                .contains("\"falt\":\"typ\"")
                .contains("\"falt\":\"orsakskod\"")
                .contains("\"falt\":\"enhet\"")
                .contains("Inget har sparats");
        assertThat(ogiltigt.statusCode()).isEqualTo(400);
        assertThat(ogiltigt.body())
                .contains("\"falt\":\"personnummer\"")
                .contains("kontrollsiffra")
                .contains("\"falt\":\"enhet\"")
                .doesNotContain("19700315-9817");
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("\"falt\":\"inkom\"");
        assertThat(trasig.statusCode()).isEqualTo(400);
        assertThat(okandTyp.statusCode()).isEqualTo(400);
        assertThat(okandTyp.body())
                .contains("\"falt\":\"arendetyp\"")
                .contains("BARN_OCH_UNGA")
                .doesNotContain("OKAND");
        assertThat(antal("arende")).isEqualTo(arendenFore);
    }

    @Test
    void aPersonNotInTheRegisterNeedsBothNames() {
        HttpResponse<String> svar = registrera("handlaggare.lss", ansokan("19550101-9862", null, null, "LSS", "LSS"));

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.body()).contains("\"falt\":\"fornamn\"");
    }

    @Test
    void onlyAHandlaggareOfTheUnitOrAServiceAccountMayRegister() {
        HttpResponse<String> annanEnhet =
                registrera("handlaggare.bou", ansokan("19700315-9816", "Anna", "Provsson", "LSS", "LSS"));
        HttpResponse<String> anonym = HttpSession.anonymous(port).post("/api/aktualiseringar", "{}");

        assertThat(annanEnhet.statusCode()).isEqualTo(403);
        assertThat(anonym.statusCode()).isEqualTo(401);
    }

    @Test
    void anAktualiseringWithinAYearOfTheLastCaseClosingIsLinkedToIt() { // R14, T11
        String personnummer = "19850620-9827";
        HttpResponse<String> forsta =
                registrera("handlaggare.lss", ansokan(personnummer, "Eva", "Exempel", "VUXEN", "VUX"));
        String forstaArende = HttpSession.json(forsta.body(), "arendeId");

        HttpResponse<String> medanOppet =
                registrera("handlaggare.lss", ansokan(personnummer, null, null, "VUXEN", "VUX"));
        assertThat(medanOppet.body())
                .contains("\"nyttArende\":false")
                .contains("\"arendeId\":\"" + forstaArende + "\"");
        // the open case assesses it in its own aktualisering, beside the first one
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(HttpSession.json(forsta.body(), "arendenummer"))
                        .processDefinitionKey(Aktualiseringsprocessen.PROCESS)
                        .count())
                .isEqualTo(2);
        Task andraBedomningen = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(HttpSession.json(forsta.body(), "arendenummer"))
                .processVariableValueEquals("aktualiseringId", HttpSession.json(medanOppet.body(), "aktualiseringId"))
                .singleResult();
        taskService.complete(
                andraBedomningen.getId(),
                Map.of("bedomning", "LEDER_INTE_TILL_UTREDNING", "motivering", "Samma behov"));

        Task bedomning = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(HttpSession.json(forsta.body(), "arendenummer"))
                .processVariableValueEquals("aktualiseringId", HttpSession.json(forsta.body(), "aktualiseringId"))
                .singleResult();
        taskService.complete(
                bedomning.getId(),
                Map.of(
                        "bedomning",
                        "LEDER_INTE_TILL_UTREDNING",
                        "motivering",
                        "Behovet tillgodoses av annan huvudman"));
        assertThat(jdbc.sql("select avslutsorsak from arende where id = :id::uuid")
                        .param("id", forstaArende)
                        .query(String.class)
                        .single())
                .isEqualTo("LEDER_INTE_TILL_UTREDNING");
        assertThat(jdbc.sql("select utfall from aktualisering where arende_id = :id::uuid")
                        .param("id", forstaArende)
                        .query(String.class)
                        .list())
                .containsExactly("LEDER_INTE_TILL_UTREDNING", "LEDER_INTE_TILL_UTREDNING");

        HttpResponse<String> igen = registrera("handlaggare.lss", ansokan(personnummer, null, null, "VUXEN", "VUX"));

        assertThat(igen.statusCode()).isEqualTo(201);
        assertThat(igen.body())
                .contains("\"nyttArende\":true")
                .contains("\"tidigareArendeId\":\"" + forstaArende + "\"");
    }

    @Test
    void theUnitsChefExtendsAChildInvestigationAndTheDeadlineMoves() { // C4
        HttpResponse<String> anmalan = registrera("handlaggare.bou", barnanmalan("20160404-9831"));
        String arendenummer = HttpSession.json(anmalan.body(), "arendenummer");
        Task skydd = uppgift(arendenummer, "forhandsbedomning");
        assertThat(skydd.getTaskDefinitionKey()).isEqualTo(Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING);
        taskService.complete(skydd.getId());
        taskService.complete(
                uppgift(arendenummer, "forhandsbedomning").getId(),
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Oro för barnets situation"));
        ProcessInstance utredning = instans(arendenummer, "utredning");
        String utredningId = (String) runtimeService.getVariable(utredning.getId(), "utredningId");
        LocalDate frist = LocalDate.parse((String) runtimeService.getVariable(utredning.getId(), "utredningFrist"));
        LocalDate nyFrist = frist.plusMonths(1);
        String beslut = "{\"beslutsdatum\":\"" + LocalDate.now(se.tillit.drift.Svensktid.ZON)
                + "\",\"skal\":\"Väntar på läkarutlåtande\",\"nyFrist\":\"" + nyFrist + "\"}";

        HttpResponse<String> avHandlaggare = HttpSession.api(port, "handlaggare.bou", DemoKonton.LOSENORD)
                .post("/api/utredningar/" + utredningId + "/forlangningar", beslut);
        HttpResponse<String> avChef = HttpSession.api(port, "chef.bou", DemoKonton.LOSENORD)
                .post("/api/utredningar/" + utredningId + "/forlangningar", beslut);
        HttpResponse<String> inteSenare = HttpSession.api(port, "chef.bou", DemoKonton.LOSENORD)
                .post("/api/utredningar/" + utredningId + "/forlangningar", beslut);

        assertThat(avHandlaggare.statusCode()).isEqualTo(403);
        assertThat(avChef.statusCode()).as(avChef.body()).isEqualTo(200);
        assertThat(avChef.body()).contains("\"frist\":\"" + nyFrist + "\"");
        assertThat(runtimeService.getVariable(utredning.getId(), "utredningFrist"))
                .isEqualTo(nyFrist.toString());
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(utredning.getId())
                        .activityId(Utredningsprocessen.TIMER_UTREDNINGSFRIST_PASSERAD)
                        .singleResult()
                        .getDuedate()
                        .toInstant())
                .isEqualTo(nyFrist.plusDays(1)
                        .atStartOfDay(java.time.ZoneId.of("Europe/Stockholm"))
                        .toInstant());
        assertThat(jdbc.sql("select beslutad_av from forlangning where utredning_id = :id::uuid")
                        .param("id", utredningId)
                        .query(String.class)
                        .list())
                .containsExactly("chef.bou");
        assertThat(inteSenare.statusCode()).isEqualTo(400);
        assertThat(inteSenare.body()).contains("\"falt\":\"nyFrist\"");
    }

    @Test
    void aForhandsbedomningIsExtendedOnlyWithTheSynnerligaSkalRecorded() { // C2
        HttpResponse<String> anmalan = registrera("handlaggare.bou", barnanmalan("20120808-9852"));
        String aktualiseringId = HttpSession.json(anmalan.body(), "aktualiseringId");
        String arendenummer = HttpSession.json(anmalan.body(), "arendenummer");
        taskService.complete(uppgift(arendenummer, "forhandsbedomning").getId()); // the skyddsbedömning
        ProcessInstance forhandsbedomning = instans(arendenummer, "forhandsbedomning");
        LocalDate frist = LocalDate.parse(
                (String) runtimeService.getVariable(forhandsbedomning.getId(), "forhandsbedomningFrist"));
        String sokvag = "/api/aktualiseringar/" + aktualiseringId + "/forhandsbedomning/forlangningar";

        HttpResponse<String> utanSkal = HttpSession.api(port, "chef.bou", DemoKonton.LOSENORD)
                .post(
                        sokvag,
                        "{\"beslutsdatum\":\"" + LocalDate.now(se.tillit.drift.Svensktid.ZON)
                                + "\",\"skal\":\" \",\"nyFrist\":\"" + frist.plusDays(7) + "\"}");
        HttpResponse<String> medSkal = HttpSession.api(port, "chef.bou", DemoKonton.LOSENORD)
                .post(
                        sokvag,
                        "{\"beslutsdatum\":\"" + LocalDate.now(se.tillit.drift.Svensktid.ZON)
                                + "\",\"skal\":\"Barnet kan inte höras förrän efter sjukhusvistelsen\",\"nyFrist\":\""
                                + frist.plusDays(7) + "\"}");

        assertThat(utanSkal.statusCode()).isEqualTo(400);
        assertThat(utanSkal.body()).contains("\"falt\":\"skal\"");
        assertThat(medSkal.statusCode()).as(medSkal.body()).isEqualTo(204);
        assertThat(runtimeService.getVariable(forhandsbedomning.getId(), "forhandsbedomningFrist"))
                .isEqualTo(frist.plusDays(7).toString());
        assertThat(jdbc.sql("select beslutad_av from forhandsbedomning_forlangning where aktualisering_id = :id::uuid")
                        .param("id", aktualiseringId)
                        .query(String.class)
                        .list())
                .containsExactly("chef.bou");
    }

    @Test
    void aReopenedChildInvestigationCountsTheDaysAlreadyUsed() { // C4
        String personnummer = "19910704-9836";
        HttpResponse<String> forsta = registrera("handlaggare.bou", barnanmalan(personnummer));
        String forstaNummer = HttpSession.json(forsta.body(), "arendenummer");
        taskService.complete(uppgift(forstaNummer, "forhandsbedomning").getId());
        taskService.complete(
                uppgift(forstaNummer, "forhandsbedomning").getId(),
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Oro för barnets situation"));
        String utredningId = (String)
                runtimeService.getVariable(instans(forstaNummer, "utredning").getId(), "utredningId");
        jdbc.sql("update utredning set inledd = inledd - 40 where id = :id::uuid")
                .param("id", utredningId)
                .update();
        taskService.complete(uppgift(forstaNummer, "utredning").getId());
        HttpResponse<String> avslut = HttpSession.api(port, "handlaggare.bou", DemoKonton.LOSENORD)
                .post(
                        "/api/arenden/" + HttpSession.json(forsta.body(), "arendeId") + "/avslut",
                        "{\"avslutsorsak\":\"UTREDNING_AVSLUTAD_UTAN_INSATS\"}");
        assertThat(avslut.statusCode()).as(avslut.body()).isEqualTo(200);

        HttpResponse<String> andra = registrera("handlaggare.bou", barnanmalan(personnummer));
        String andraNummer = HttpSession.json(andra.body(), "arendenummer");
        assertThat(andra.body())
                .contains("\"tidigareArendeId\":\"" + HttpSession.json(forsta.body(), "arendeId") + "\"");
        taskService.complete(uppgift(andraNummer, "forhandsbedomning").getId());
        taskService.complete(
                uppgift(andraNummer, "forhandsbedomning").getId(),
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ny anmälan, samma oro"));

        ProcessInstance ny = instans(andraNummer, "utredning");
        assertThat(runtimeService.getVariable(ny.getId(), "utredningAnvandaDagar"))
                .isEqualTo(40);
        assertThat(runtimeService.getVariable(ny.getId(), "utredningFrist"))
                .isEqualTo(LocalDate.now(se.tillit.drift.Svensktid.ZON)
                        .plusMonths(4)
                        .minusDays(40)
                        .toString());
    }

    @Test
    void anAdultInvestigationCannotBeExtended() { // C5: a local target is not the law's deadline
        HttpResponse<String> ansokan =
                registrera("handlaggare.lss", ansokan("19480301-9811", "Arne", "Provsson", "LSS", "LSS"));
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        taskService.complete(
                uppgift(arendenummer, "aktualisering").getId(),
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan om bostad med särskild service"));
        String utredningId = (String)
                runtimeService.getVariable(instans(arendenummer, "utredning").getId(), "utredningId");

        HttpResponse<String> svar = HttpSession.api(port, "chef.lss", DemoKonton.LOSENORD)
                .post(
                        "/api/utredningar/" + utredningId + "/forlangningar",
                        "{\"beslutsdatum\":\"" + LocalDate.now(se.tillit.drift.Svensktid.ZON)
                                + "\",\"skal\":\"x\",\"nyFrist\":\""
                                + LocalDate.now(se.tillit.drift.Svensktid.ZON).plusYears(1) + "\"}");

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.body()).contains("lokalt mål");
    }

    private HttpResponse<String> registrera(String anvandare, String json) {
        return HttpSession.api(port, anvandare, DemoKonton.LOSENORD).post("/api/aktualiseringar", json);
    }

    private static String ansokan(
            String personnummer, String fornamn, String efternamn, String arendetyp, String enhet) {
        return """
                {"personnummer":"%s",%s"arendetyp":"%s","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","beskrivning":"Ansökan inkom via e-tjänst","enhet":"%s"}""".formatted(
                        personnummer,
                        fornamn == null ? "" : "\"fornamn\":\"" + fornamn + "\",\"efternamn\":\"" + efternamn + "\",",
                        arendetyp,
                        se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1)),
                        enhet);
    }

    private static String barnanmalan(String personnummer) {
        return """
                {"personnummer":"%s","fornamn":"Barn","efternamn":"Testsson","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN",
                 "inkom":"%s","orsakskod":"ORO_FOR_BARN","anmalartyp":"SKOLA","enhet":"BOU"}""".formatted(personnummer, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1)));
    }

    /** The open task of the case's sub-process with this key (the case's business key is on all of them). */
    private Task uppgift(String arendenummer, String processKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instans(arendenummer, processKey).getId())
                .singleResult();
    }

    private ProcessInstance instans(String arendenummer, String processKey) {
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(arendenummer)
                .processDefinitionKey(processKey)
                .singleResult();
    }

    private long antal(String tabell) {
        return jdbc.sql("select count(*) from " + tabell).query(Long.class).single();
    }
}
