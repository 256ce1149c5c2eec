package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
import se.tillit.motor.BegaranOmAvgorandeprocessen;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;

/**
 * The steps of a case that were API calls only, as pages (issue 14): the chef's förlängning of a child investigation
 * (from the overdue list and the case page, C4) and of a förhandsbedömning (C2), closing a case with an avslutsorsak
 * (R13), the ej-verkställt record (R22, C21, C36), the request for a decision under förvaltningslagen 12 § (C5), and the
 * omedelbar skyddsbedömning's form (C1). Each: 404 outside the unit, every read logged, errors beside the fields with
 * 400 and nothing saved, and the same form sent twice (one after the other, or at once) recorded once, without a 5xx.
 */
@TillitSpringTest
class ArendestegSidorTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    FormService formService;

    private final Random slump = new Random();

    @Test
    void theChefExtendsAChildInvestigationFromTheOverdueListAndTheSameDecisionTwiceIsRecordedOnce()
            throws Exception { // C4
        Arende arende = ansokan(
                DemoKonton.HANDLAGGARE,
                "BARN_OCH_UNGA",
                "BOU",
                OffsetDateTime.now().minusDays(2));
        slutfor(
                arende.nummer(),
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Oro för barnet"));
        String frist = jdbc.sql("select frist::text from utredning where arende_id = :a::uuid")
                .param("a", arende.id())
                .query(String.class)
                .single();
        taskService.claim(utreda(arende.nummer()).getId(), DemoKonton.HANDLAGGARE);
        HttpSession chef = HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD);
        String sokvag = "/arenden/" + arende.id() + "/utredning/forlangning";

        assertThat(chef.get("/forsenat/lista?enhet=BOU&typ=Task_Utreda&forsenade=false&dagar=36500")
                        .body())
                .as("the overdue list offers the förlängning on the child investigation's row")
                .contains(sokvag);
        assertThat(chef.get("/arenden/" + arende.id()).body()).contains(sokvag);
        HttpResponse<String> sida = chef.get(sokvag);
        assertThat(sida.statusCode()).isEqualTo(200);
        assertThat(sida.body())
                .contains("Förläng utredningen i ärende " + arende.nummer(), frist, "Ingen förlängning är beslutad.");
        assertThat(loggade(arende.id(), DemoKonton.CHEF, "Förlängning av utredningen"))
                .isEqualTo(1);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .as("the handläggare does not decide it")
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> tom =
                chef.postForm(sokvag, Map.of("beslutsdatum", "", "skal", "", "nyFrist", "den 3 maj"));
        assertThat(tom.statusCode()).isEqualTo(400);
        assertThat(tom.body())
                .contains(
                        "Ange ett datum.",
                        "Fältet måste fyllas i.",
                        "Datum skrivs ÅÅÅÅ-MM-DD.",
                        "aria-describedby=\"fel-skal\"",
                        "id=\"fel-skal\"");
        HttpResponse<String> fortidig = chef.postForm(
                sokvag,
                Map.of(
                        "beslutsdatum",
                        idag().toString(),
                        "skal",
                        "Barnet kan höras först efter behandlingen",
                        "nyFrist",
                        frist));
        assertThat(fortidig.statusCode()).isEqualTo(400);
        assertThat(fortidig.body()).contains("Den nya fristen måste vara senare än nuvarande frist " + frist);
        assertThat(antal("forlangning f join utredning u on u.id = f.utredning_id", "u.arende_id", arende.id()))
                .isZero();

        String nyFrist = LocalDate.parse(frist).plusMonths(2).toString();
        Map<String, String> beslut = Map.of(
                "beslutsdatum",
                idag().toString(),
                "skal",
                "Barnet kan höras först efter behandlingen",
                "nyFrist",
                nyFrist);
        HttpResponse<String> forsta = chef.postForm(sokvag, beslut);
        assertThat(forsta.statusCode()).as(fel(forsta.body())).isEqualTo(302);
        assertThat(chef.get(sokvag).body())
                .contains("Förlängningen är registrerad", "förlängd till " + nyFrist + " av chef.bou");
        // the förlängning interrupts the task and the process creates it anew: it stays with the handläggare who had it
        Task utreda = utreda(arende.nummer());
        assertThat(utreda.getAssignee()).isEqualTo(DemoKonton.HANDLAGGARE);
        assertThat(jdbc.sql("select tilldelad from uppgift where task_id = :t")
                        .param("t", utreda.getId())
                        .query(String.class)
                        .single())
                .isEqualTo(DemoKonton.HANDLAGGARE);
        HttpResponse<String> andra = chef.postForm(sokvag, beslut);
        assertThat(andra.statusCode()).isEqualTo(302);
        assertThat(chef.get(sokvag).body()).contains("Förlängningen var redan registrerad");
        // two more at the same moment (a double click in another tab): no 5xx, nothing added
        beslut = Map.of(
                "beslutsdatum",
                idag().toString(),
                "skal",
                "Ytterligare utredning behövs",
                "nyFrist",
                LocalDate.parse(nyFrist).plusDays(14).toString());
        Map<String, String> tredje = beslut;
        assertThat(parallellt(
                        () -> chef.postForm(sokvag, tredje).statusCode(),
                        () -> HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD)
                                .postForm(sokvag, tredje)
                                .statusCode()))
                .allMatch(s -> s == 302);
        assertThat(antal("forlangning f join utredning u on u.id = f.utredning_id", "u.arende_id", arende.id()))
                .isEqualTo(2);
        assertThat(jdbc.sql("select frist::text from utredning where arende_id = :a::uuid")
                        .param("a", arende.id())
                        .query(String.class)
                        .single())
                .isEqualTo(tredje.get("nyFrist"));
    }

    @Test
    void theSkyddsbedomningRecordsItsResultAsAHandlingAndTheForhandsbedomningIsExtendedOnItsPage()
            throws Exception { // C1, C2
        HttpResponse<String> anmalan = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Barn","efternamn":"Skyddsson","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN",
                 "inkom":"%s","orsakskod":"ORO_FOR_BARN","anmalartyp":"SKOLA","enhet":"BOU"}""".formatted(
                                personnummer(2016), se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
        assertThat(anmalan.statusCode()).as(anmalan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(anmalan.body(), "arendeId");
        String nummer = HttpSession.json(anmalan.body(), "arendenummer");
        Task skydd = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(nummer)
                .taskDefinitionKey(Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING)
                .singleResult();
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        assertThat(hanna.postForm("/uppgifter/" + skydd.getId() + "/ta", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(hanna.get("/uppgifter/" + skydd.getId()).body())
                .contains("Är barnet i behov av omedelbart skydd?", "Vad gjordes");

        HttpResponse<String> tom = hanna.postForm("/uppgifter/" + skydd.getId(), Map.of());
        assertThat(tom.statusCode()).as("the form's required fields").isEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(skydd.getId()).count()).isEqualTo(1);
        assertThat(antal("handling", "arende_id", arendeId)).isZero();

        HttpResponse<String> klar = hanna.postForm(
                "/uppgifter/" + skydd.getId(),
                Map.of(
                        "omedelbartSkyddsbehov",
                        "false",
                        "atgarder",
                        "Samtal med mamman och skolan samma dag; barnet är tryggt hemma i kväll."));
        assertThat(klar.statusCode()).isEqualTo(302);
        ProcessInstance forhandsbedomning = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(nummer)
                .processDefinitionKey(Forhandsbedomningsprocessen.PROCESS)
                .singleResult();
        assertThat(runtimeService.getVariable(forhandsbedomning.getId(), "omedelbartSkyddsbehov"))
                .as("the gateway flag, a boolean")
                .isEqualTo(Boolean.FALSE);
        String sida = hanna.get("/arenden/" + arendeId).body();
        assertThat(sida)
                .contains(
                        "Gör omedelbar skyddsbedömning",
                        "Nej, inget behov av omedelbart skydd",
                        "barnet är tryggt hemma i kväll");

        String sokvag = "/arenden/" + arendeId + "/forhandsbedomning/forlangning";
        assertThat(sida).contains(sokvag);
        assertThat(hanna.get(sokvag).statusCode()).isEqualTo(200);
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .isEqualTo(404);
        String frist = (String) runtimeService.getVariable(forhandsbedomning.getId(), "forhandsbedomningFrist");
        taskService.claim(
                taskService
                        .createTaskQuery()
                        .processInstanceId(forhandsbedomning.getId())
                        .taskDefinitionKey(Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING)
                        .singleResult()
                        .getId(),
                DemoKonton.HANDLAGGARE);
        Map<String, String> beslut = Map.of(
                "beslutsdatum",
                idag().toString(),
                "skal",
                "Barnet är inlagt på sjukhus och kan inte höras förrän om tre veckor",
                "nyFrist",
                LocalDate.parse(frist).plusDays(21).toString());
        assertThat(parallellt(
                        () -> hanna.postForm(sokvag, beslut).statusCode(),
                        () -> HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                                .postForm(sokvag, beslut)
                                .statusCode()))
                .allMatch(s -> s == 302);
        assertThat(antal(
                        "forhandsbedomning_forlangning f join aktualisering a on a.id = f.aktualisering_id",
                        "a.arende_id",
                        arendeId))
                .isEqualTo(1);
        assertThat(hanna.get(sokvag).body()).contains("förlängd till " + beslut.get("nyFrist") + " av handlaggare.bou");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(forhandsbedomning.getId())
                        .taskDefinitionKey(Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING)
                        .singleResult()
                        .getAssignee())
                .as("still with the handläggare who had taken it")
                .isEqualTo(DemoKonton.HANDLAGGARE);
    }

    @Test
    void theCaseIsClosedWithAReasonOnlyWhenItCanCloseAndOnce() throws Exception { // R13
        Arende arende =
                ansokan("handlaggare.lss", "LSS", "LSS", OffsetDateTime.now().minusDays(10));
        slutfor(
                arende.nummer(),
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);
        String sokvag = "/arenden/" + arende.id() + "/avslut";
        assertThat(chef.get(sokvag).body())
                .contains("Utredningen pågår", "Ansökan återkallad")
                .doesNotContain("LEDER_INTE_TILL_UTREDNING\"");
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .isEqualTo(404);

        assertThat(chef.postForm(sokvag, Map.of()).statusCode()).isEqualTo(400);
        HttpResponse<String> forTidigt = chef.postForm(sokvag, Map.of("avslutsorsak", "ANSOKAN_ATERKALLAD"));
        assertThat(forTidigt.statusCode()).isEqualTo(400);
        assertThat(forTidigt.body())
                .contains("Ärendet kan avslutas först när utredningen är klar", "id=\"fel-avslutsorsak\"");
        assertThat(jdbc.sql("select status from arende where id = :a::uuid")
                        .param("a", arende.id())
                        .query(String.class)
                        .single())
                .isEqualTo("OPPET");

        slutfor(arende.nummer(), Utredningsprocessen.TASK_UTREDA, Map.of());
        assertThat(parallellt(
                        () -> chef.postForm(sokvag, Map.of("avslutsorsak", "ANSOKAN_ATERKALLAD"))
                                .statusCode(),
                        () -> HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                                .postForm(sokvag, Map.of("avslutsorsak", "ANSOKAN_ATERKALLAD"))
                                .statusCode()))
                .allMatch(s -> s == 302);
        assertThat(jdbc.sql("select avslutsorsak from arende where id = :a::uuid")
                        .param("a", arende.id())
                        .query(String.class)
                        .single())
                .isEqualTo("ANSOKAN_ATERKALLAD");
        assertThat(chef.postForm(sokvag, Map.of("avslutsorsak", "AVLIDEN")).statusCode())
                .isEqualTo(302);
        assertThat(chef.get(sokvag).body()).contains("Ärendet var redan avslutat", "Ansökan återkallad");
        assertThat(chef.get("/arenden/" + arende.id()).body()).contains("Avslutat (Ansökan återkallad)");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(arende.nummer())
                        .processDefinitionKey(Arendeprocessen.PROCESS)
                        .count())
                .isZero();
    }

    @Test
    void theEjVerkstalltRecordIsKeptOnItsPageByTheUnitsHandlaggareEachStepOnce() throws Exception { // R22, C21, C36
        Arende arende =
                ansokan("handlaggare.lss", "LSS", "LSS", OffsetDateTime.now().minusMonths(5));
        slutfor(
                arende.nummer(),
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        slutfor(arende.nummer(), Utredningsprocessen.TASK_UTREDA, Map.of());
        LocalDate beslutsdatum = idag().minusMonths(4);
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> fattat = api.post("/api/arenden/" + arende.id() + "/beslut", """
                {"insatstyp":"LSS_BOSTAD_SARSKILD_SERVICE","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 9"},
                 "niva":3,"giltigFrom":"%1$s","motivering":"Behovet är styrkt","overklagandehanvisning":true,"delegationspunkt":"LSS-3.1",
                 "beslutsdatum":"%1$s","utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s",
                 "individuellPlan":"MUNTLIGT"}""".formatted(beslutsdatum));
        assertThat(fattat.statusCode()).as(fattat.body()).isEqualTo(201);
        String beslutId = HttpSession.json(fattat.body(), "id");
        String postId = oppnasAvProcessen(beslutId);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String sokvag = "/beslut/" + beslutId + "/ej-verkstallt/" + postId;

        assertThat(leo.get("/arenden/" + arende.id()).body())
                .contains(sokvag, "Bostad med särskild service för vuxna (LSS)")
                .doesNotContain("genom API")
                .doesNotContain("/api/beslut/");
        HttpResponse<String> sida = leo.get(sokvag);
        assertThat(sida.statusCode()).isEqualTo(200);
        assertThat(sida.body())
                .contains(
                        "Orsak saknas",
                        "Brist på plats eller bostad",
                        "avslutat: den enskilde har flyttat från kommunen")
                .doesNotContain(">BRIST_PA_PLATS<");
        assertThat(loggade(arende.id(), "handlaggare.lss", "Ej verkställt beslut"))
                .isEqualTo(1);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .isEqualTo(404);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .postForm(sokvag + "/orsak", Map.of("orsak", "ANNAN"))
                        .statusCode())
                .as("the chef reads, the handläggare writes")
                .isEqualTo(403);

        HttpResponse<String> annan = leo.postForm(sokvag + "/orsak", Map.of("orsak", "ANNAN"));
        assertThat(annan.statusCode()).isEqualTo(400);
        assertThat(annan.body()).contains("Beskriv orsaken när den är ANNAN");
        Map<String, String> orsak = Map.of(
                "orsak",
                "BRIST_PA_PLATS",
                "konsekvenser",
                "Bor kvar hos föräldrarna",
                "tillfalligaInsatser",
                "Korttidsvistelse två helger i månaden");
        assertThat(parallellt(
                        () -> leo.postForm(sokvag + "/orsak", orsak).statusCode(),
                        () -> leo.postForm(sokvag + "/orsak", orsak).statusCode()))
                .allMatch(s -> s == 302);
        assertThat(antal("ej_verkstallt_skal", "ej_verkstallt_id", postId)).isEqualTo(1);

        Map<String, String> erbjudande = Map.of(
                "erbjudet",
                idag().minusDays(3).toString(),
                "vad",
                "Plats på Solrosen",
                "svar",
                "AVBOJT",
                "svarDatum",
                idag().minusDays(1).toString(),
                "skal",
                "För långt från arbetet");
        assertThat(leo.postForm(sokvag + "/erbjudanden", Map.of("vad", "Plats")).statusCode())
                .isEqualTo(400);
        assertThat(parallellt(
                        () -> leo.postForm(sokvag + "/erbjudanden", erbjudande).statusCode(),
                        () -> leo.postForm(sokvag + "/erbjudanden", erbjudande).statusCode()))
                .allMatch(s -> s == 302);
        assertThat(antal("ej_verkstallt_erbjudande", "ej_verkstallt_id", postId))
                .isEqualTo(1);
        assertThat(leo.get(sokvag).body())
                .contains("Plats på Solrosen", "tackade nej", "Den enskilde har tackat nej")
                .contains("Inte än");

        Map<String, String> obesvarat = Map.of("erbjudet", idag().toString(), "vad", "Plats på Vallmon");
        assertThat(leo.postForm(sokvag + "/erbjudanden", obesvarat).statusCode())
                .isEqualTo(302);
        // the parallel submits above left a message each (how many the shared session kept varies): read them all, as a
        // browser shows each in turn, so the next page shows the next submit's message
        for (int i = 0; i < 6 && leo.get(sokvag).body().contains("role=\"status\""); i++) {
            // one message per page
        }
        String erbjudandeId = jdbc.sql(
                        "select id::text from ej_verkstallt_erbjudande where ej_verkstallt_id = :p::uuid and svar is null")
                .param("p", postId)
                .query(String.class)
                .single();
        Map<String, String> svar = Map.of("svar", "ACCEPTERAT", "datum", idag().toString());
        assertThat(leo.postForm(sokvag + "/erbjudanden/" + erbjudandeId + "/svar", svar)
                        .statusCode())
                .isEqualTo(302);
        leo.get(sokvag); // the first answer's message is shown, so the next page shows the second's
        assertThat(leo.postForm(sokvag + "/erbjudanden/" + erbjudandeId + "/svar", svar)
                        .statusCode())
                .isEqualTo(302);
        assertThat(leo.get(sokvag).body()).contains("Det var redan registrerat");

        Map<String, String> avslut = Map.of("datum", idag().toString(), "stangningsorsak", "FLYTTAT");
        assertThat(leo.postForm(sokvag + "/avslut", Map.of("datum", idag().toString(), "stangningsorsak", "VERKSTALLT"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(parallellt(
                        () -> leo.postForm(sokvag + "/avslut", avslut).statusCode(),
                        () -> leo.postForm(sokvag + "/avslut", avslut).statusCode()))
                .allMatch(s -> s == 302);
        assertThat(jdbc.sql("select stangd_orsak from ej_verkstallt where id = :p::uuid")
                        .param("p", postId)
                        .query(String.class)
                        .single())
                .isEqualTo("FLYTTAT");
    }

    @Test
    void aRequestForADecisionIsRefusedBeforeSixMonthsAndOtherwiseAnsweredWithinFourWeeks()
            throws Exception { // FL 12 §, C5
        Arende ung =
                ansokan("handlaggare.lss", "LSS", "LSS", OffsetDateTime.now().minusMonths(5));
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> forTidigt =
                leo.postForm("/arenden/" + ung.id() + "/begaran-om-avgorande", Map.of("inkom", idag().toString()));
        assertThat(forTidigt.statusCode()).isEqualTo(400);
        assertThat(forTidigt.body())
                .contains(
                        "kan göras först när ärendet varit oavgjort i sex månader",
                        "Begäran har inte registrerats",
                        "aria-describedby=\"fel-inkom\"");
        assertThat(antal("begaran_om_avgorande", "arende_id", ung.id())).isZero();

        Arende arende =
                ansokan("handlaggare.lss", "LSS", "LSS", OffsetDateTime.now().minusMonths(7));
        String sokvag = "/arenden/" + arende.id() + "/begaran-om-avgorande";
        assertThat(leo.get("/arenden/" + arende.id()).body()).contains(sokvag);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .isEqualTo(404);
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .get(sokvag)
                        .statusCode())
                .isEqualTo(200);
        String inkom = idag().minusDays(2).toString();
        assertThat(parallellt(
                        () -> leo.postForm(sokvag, Map.of("inkom", inkom)).statusCode(),
                        () -> HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                                .postForm(sokvag, Map.of("inkom", inkom))
                                .statusCode()))
                .allMatch(s -> s == 302);
        assertThat(antal("begaran_om_avgorande", "arende_id", arende.id())).isEqualTo(1);
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arende.nummer())
                .taskDefinitionKey(BegaranOmAvgorandeprocessen.TASK_AVGORA_ELLER_AVSLA)
                .singleResult();
        assertThat(task)
                .as("the request's four weeks, under the case's business key")
                .isNotNull();
        assertThat(task.getDueDate()
                        .toInstant()
                        .atZone(java.time.ZoneId.of("Europe/Stockholm"))
                        .toLocalDate())
                .isEqualTo(LocalDate.parse(inkom).plusWeeks(4));
        assertThat(jdbc.sql("select sida from uppgift where task_id = :t")
                        .param("t", task.getId())
                        .query(String.class)
                        .single())
                .as("the task list sends the handläggare to this page")
                .isEqualTo(sokvag);
        assertThat(leo.get(sokvag).body())
                .contains("ska besvaras senast " + LocalDate.parse(inkom).plusWeeks(4));
        assertThat(loggade(arende.id(), "handlaggare.lss", "Begäran om avgörande"))
                .isPositive();

        HttpResponse<String> utanSkal =
                leo.postForm(sokvag + "/svar", Map.of("utfall", "AVSLAGEN", "datum", idag().toString()));
        assertThat(utanSkal.statusCode()).isEqualTo(400);
        assertThat(utanSkal.body()).contains("förvaltningslagen 12 § andra stycket");
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .postForm(sokvag + "/svar", Map.of())
                        .statusCode())
                .isEqualTo(403);
        Map<String, String> avslag = Map.of(
                "utfall",
                "AVSLAGEN",
                "datum",
                idag().toString(),
                "skal",
                "Läkarintyget som behövs för bedömningen har ännu inte kommit in trots påminnelse.");
        assertThat(parallellt(
                        () -> leo.postForm(sokvag + "/svar", avslag).statusCode(),
                        () -> leo.postForm(sokvag + "/svar", avslag).statusCode()))
                .allMatch(s -> s == 302);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(jdbc.sql("select utfall from begaran_om_avgorande where arende_id = :a::uuid")
                        .param("a", arende.id())
                        .query(String.class)
                        .single())
                .isEqualTo("AVSLAGEN");
        assertThat(leo.get(sokvag).body())
                .contains("Begäran avslogs " + idag() + " (registrerat av handlaggare.lss)", "Läkarintyget");
        leo.get(sokvag); // the earlier answers' messages are shown, so the next page shows this one's
        assertThat(leo.postForm(sokvag + "/svar", avslag).statusCode()).isEqualTo(302);
        assertThat(leo.get(sokvag).body()).contains("Begäran var redan besvarad");
        // the answer is a decision of the case: the application's database user cannot change it
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> jdbc.sql("update begaran_om_avgorande set skal = 'ändrat' where arende_id = :a::uuid")
                                .param("a", arende.id())
                                .update()))
                .hasMessageContaining("En besvarad begäran om avgörande ändras inte");
    }

    // --- helpers

    record Arende(String id, String nummer) {}

    private Arende ansokan(String handlaggare, String arendetyp, String enhet, OffsetDateTime inkom) {
        HttpResponse<String> ansokan = HttpSession.api(port, handlaggare, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Stina","efternamn":"Stegsson","arendetyp":"%s","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"%s"}""".formatted(
                                personnummer(arendetyp.equals("BARN_OCH_UNGA") ? 2012 : 1950),
                                arendetyp,
                                inkom.truncatedTo(ChronoUnit.SECONDS),
                                enhet));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        return new Arende(
                HttpSession.json(ansokan.body(), "arendeId"), HttpSession.json(ansokan.body(), "arendenummer"));
    }

    private Task utreda(String arendenummer) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(Utredningsprocessen.TASK_UTREDA)
                .singleResult();
    }

    private void slutfor(String arendenummer, String uppgift, Map<String, Object> variabler) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(uppgift)
                .singleResult();
        assertThat(task).as(uppgift).isNotNull();
        taskService.complete(task.getId(), variabler);
    }

    /** The three months have passed: the decision's process opens the record (its timer run here or by the job executor). */
    private String oppnasAvProcessen(String beslutId) throws InterruptedException {
        ProcessInstance verkstallighet = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Verkstallighetsprocessen.PROCESS)
                .variableValueEquals("beslutId", beslutId)
                .singleResult();
        for (int forsok = 0; forsok < 300 && antal("ej_verkstallt", "beslut_id", beslutId) == 0; forsok++) {
            if (forsok % 10 == 0) {
                for (String timer : List.of(
                        Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT,
                        Verkstallighetsprocessen.TIMER_PAMINNELSE_EJ_VERKSTALLT)) {
                    for (Job job : managementService
                            .createJobQuery()
                            .processInstanceId(verkstallighet.getId())
                            .activityId(timer)
                            .list()) {
                        try {
                            managementService.executeJob(job.getId());
                        } catch (RuntimeException jobbExekutornHannForst) {
                            // the job executor ran it at the same time
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        return jdbc.sql("select id::text from ej_verkstallt where beslut_id = :b::uuid")
                .param("b", beslutId)
                .query(String.class)
                .single();
    }

    private long antal(String tabell, String kolumn, String id) {
        return jdbc.sql("select count(*) from " + tabell + " where " + kolumn + " = :id::uuid")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long loggade(String arendeId, String anvandare, String beskrivning) {
        return jdbc.sql("""
                        select count(*) from atkomstlogg where arende_id = :a::uuid and anvandarnamn = :u and handling = 'LAS'
                           and beskrivning = :b""")
                .param("a", arendeId)
                .param("u", anvandare)
                .param("b", beskrivning)
                .query(Long.class)
                .single();
    }

    /** Today in Sweden, as the application's clock reads it. */
    private static LocalDate idag() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
    }

    /** The errors a page shows, for a failing assertion's message. */
    private static String fel(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"fel[^\"]*\"[^>]*>([^<]*)<")
                .matcher(html);
        StringBuilder fel = new StringBuilder();
        while (m.find()) {
            fel.append(m.group(1)).append(" | ");
        }
        return fel.toString();
    }

    /** Two submissions released at the same moment; their statuses. */
    @SafeVarargs
    private static List<Integer> parallellt(Callable<Integer>... anrop) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tradar = Executors.newFixedThreadPool(anrop.length);
        List<Future<Integer>> svar = new ArrayList<>();
        for (Callable<Integer> a : anrop) {
            svar.add(tradar.submit(() -> {
                start.await();
                return a.call();
            }));
        }
        start.countDown();
        List<Integer> statusar = new ArrayList<>();
        for (Future<Integer> s : svar) {
            statusar.add(s.get(60, TimeUnit.SECONDS));
        }
        tradar.shutdown();
        return statusar;
    }

    /** A synthetic personnummer of the test series (serial 980–999), with its check digit. */
    private String personnummer(int ar) {
        String nio = "%02d%02d%02d%03d"
                .formatted(ar % 100, 1 + slump.nextInt(12), 1 + slump.nextInt(28), 980 + slump.nextInt(20));
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (nio.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "%d%s-%s%d".formatted(ar / 100, nio.substring(0, 6), nio.substring(6), (10 - summa % 10) % 10);
    }
}
