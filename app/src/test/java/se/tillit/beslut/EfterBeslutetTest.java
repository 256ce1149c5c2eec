package se.tillit.beslut;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.IndividuellPlanprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;

/**
 * The handläggare after the decision (issue 17): the information on the right to an individuell plan required on the
 * decision page for an LSS grant (R21), the plan's request, drawing up, review and withdrawal on the decision's page
 * driving processes/individuellplan.bpmn (LSS 10 §, C1 item 10), the avslut of an insats ending its verkställighet and
 * uppföljning, its omprövning before giltig tom and the provider's order, and the yearly follow-up reached from the case page leading straight to the
 * step its outcome calls for. Bad input: 400, the errors beside the fields, nothing saved; other units: 404.
 */
@TillitSpringTest
class EfterBeslutetTest extends Beslutstestbas {

    private static final Pattern FORMULAR_ID = Pattern.compile("name=\"formularId\" value=\"([0-9a-f-]{36})\"");

    @Test
    void anLssGrantOnTheDecisionPageNeedsTheInformationOnTheIndividualPlan() { // R21, LSS 10 §
        Fall fall = nyttArende("Ina", true);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String sida = leo.get("/arenden/" + fall.arendeId() + "/beslut/nytt").body();
        assertThat(sida).contains("Information om rätten till individuell plan (10 § LSS)");
        Map<String, String> falt = new HashMap<>(Map.of(
                "formularId",
                formularId(sida),
                "beslutsdatum",
                idag.toString(),
                "atgard",
                "fatta",
                "beslut[0].insatstyp",
                "LSS_KORTTIDSVISTELSE",
                "beslut[0].utfall",
                "BIFALL",
                "beslut[0].lagrum",
                "0",
                "beslut[0].giltigFrom",
                idag.toString(),
                "beslut[0].omfattning",
                "Fyra dygn per månad",
                "beslut[0].motivering",
                "Behovet av miljöombyte är styrkt."));
        falt.putAll(Map.of(
                "beslut[0].utforare",
                "UTF-SOLROSEN",
                "beslut[0].utforartyp",
                "EGEN_REGI",
                "beslut[0].onskadStart",
                idag.toString()));

        HttpResponse<String> utan = leo.postForm("/arenden/" + fall.arendeId() + "/beslut/nytt", falt);
        assertThat(utan.statusCode()).isEqualTo(400);
        assertThat(utan.body())
                .contains(
                        "Ange hur personen informerades om rätten till individuell plan (10 § LSS)",
                        "Fyra dygn per månad");
        falt.put("beslut[0].individuellPlan", "BREVDUVA");
        assertThat(leo.postForm("/arenden/" + fall.arendeId() + "/beslut/nytt", falt)
                        .body())
                .contains("Välj hur personen informerades om rätten till individuell plan");
        assertThat(antalBeslut(fall)).as("nothing decided").isZero();

        falt.put("beslut[0].individuellPlan", "MUNTLIGT_OCH_SKRIFTLIGT");
        HttpResponse<String> med = leo.postForm("/arenden/" + fall.arendeId() + "/beslut/nytt", falt);
        assertThat(med.statusCode()).as(med.body()).isEqualTo(302);
        String beslutId = jdbc.sql("select id::text from beslut where arende_id = :a::uuid")
                .param("a", fall.arendeId())
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select individuell_plan_information from beslut where id = :b::uuid")
                        .param("b", beslutId)
                        .query(String.class)
                        .single())
                .isEqualTo("MUNTLIGT_OCH_SKRIFTLIGT");
        assertThat(leo.get("/beslut/" + beslutId).body())
                .contains("Individuell plan (10 § LSS)", "Muntligt och skriftligt", "Registrera begäran");
    }

    @Test
    void anLssGrantThroughTheApiNeedsTheInformationOnTheIndividualPlanAsThePageDoes() { // R21, LSS 10 §
        Fall fall = nyttArende("Api", true);
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String beslut = """
                {"insatstyp":"LSS_KORTTIDSVISTELSE","utfall":"%2$s","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 6"},
                 "omfattning":"Fyra dygn per månad","giltigFrom":"%1$s","motivering":"Behovet är styrkt",
                 "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%1$s",
                 "utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s"%3$s}""";

        for (String utfall : new String[] {"BIFALL", "DELVIS_BIFALL"}) {
            HttpResponse<String> utan =
                    api.post("/api/arenden/" + fall.arendeId() + "/beslut", beslut.formatted(igar, utfall, ""));
            assertThat(utan.statusCode()).as(utfall).isEqualTo(400);
            assertThat(utan.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(utan.body())
                    .contains(
                            "\"falt\":\"individuellPlan\"",
                            "Ange hur personen informerades om rätten till individuell plan (10 § LSS)");
        }
        assertThat(api.post(
                                "/api/arenden/" + fall.arendeId() + "/beslut",
                                beslut.formatted(igar, "BIFALL", ",\"individuellPlan\":\"BREVDUVA\""))
                        .body())
                .contains("\"falt\":\"individuellPlan\"");
        assertThat(antalBeslut(fall)).as("nothing decided").isZero();

        HttpResponse<String> avslag = api.post(
                "/api/arenden/" + fall.arendeId() + "/beslut",
                beslut.formatted(igar, "AVSLAG", "")
                        .replace("\"utforare\":\"UTF-SOLROSEN\",\"utforartyp\":\"EGEN_REGI\",", ""));
        assertThat(avslag.statusCode())
                .as("an avslag grants no plan: " + avslag.body())
                .isEqualTo(201);
        HttpResponse<String> med = api.post(
                "/api/arenden/" + fall.arendeId() + "/beslut",
                beslut.formatted(igar, "BIFALL", ",\"individuellPlan\":\"MUNTLIGT\""));
        assertThat(med.statusCode()).as(med.body()).isEqualTo(201);
        assertThat(jdbc.sql("select individuell_plan_information from beslut where id = :b::uuid")
                        .param("b", HttpSession.json(med.body(), "id"))
                        .query(String.class)
                        .single())
                .isEqualTo("MUNTLIGT");
    }

    @Test
    void anSolDecisionThroughTheApiCannotCarryTheLssInformation() {
        Fall fall = nyttArende("Sol", true);
        HttpResponse<String> svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/arenden/" + fall.arendeId() + "/beslut", """
                        {"insatstyp":"SOL_HEMTJANST","utfall":"AVSLAG","lagrum":{"lag":"SOL","lagversion":"2025:400","kapitel":11,"paragraf":"1 §"},
                         "giltigFrom":"%1$s","motivering":"Behovet tillgodoses på annat sätt","overklagandehanvisning":true,
                         "delegationspunkt":"x","beslutsdatum":"%1$s","individuellPlan":"MUNTLIGT"}""".formatted(igar));
        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.body()).contains("Individuell plan enligt 10 § LSS hör till LSS-beslut");
    }

    @Test
    void theRequestedPlanIsDrawnUpReviewedAndWithdrawnOnTheDecisionPage() { // LSS 10 §, R21, C1 item 10
        Fall fall = bifall("Pia");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String plan = "/beslut/" + fall.beslutId() + "/individuell-plan/";
        assertThat(leo.get("/arenden/" + fall.arendeId()).body())
                .as("the case page offers the request")
                .contains("Efter beslutet", "Ingen individuell plan begärd.", "action=\"" + plan + "begaran\"");

        HttpResponse<String> framtid =
                leo.postForm(plan + "begaran", Map.of("begard", idag.plusDays(3).toString()));
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("Inget sparades", "Datumet kan inte ligga i framtiden.");
        assertThat(leo.postForm(plan + "begaran", Map.of("begard", "igår")).statusCode())
                .isEqualTo(400);
        assertThat(leo.postForm(plan + "omprovning", Map.of("omprovad", idag.toString()))
                        .body())
                .contains("Beslutet har ingen pågående individuell plan");
        assertThat(antalPlaner(fall)).isZero();

        assertThat(skicka(leo, plan + "begaran", Map.of("begard", idag.toString()), fall))
                .contains("Begäran är registrerad", "Planen upprättades");
        Task uppratta = uppgift(fall, IndividuellPlanprocessen.TASK_UPPRATTA_INDIVIDUELL_PLAN);
        assertThat(leo.get("/uppgifter/" + uppratta.getId()).body())
                .as("the task is done on the decision's page")
                .contains("href=\"/beslut/" + fall.beslutId() + "\"");
        assertThat(leo.postForm(plan + "begaran", Map.of("begard", idag.toString()))
                        .body())
                .contains("En individuell plan är redan begärd för beslutet");
        assertThat(leo.postForm(plan + "omprovning", Map.of("omprovad", idag.toString()))
                        .body())
                .contains("Planen är inte upprättad ännu");
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .postForm(plan + "upprattad", Map.of("upprattad", idag.toString()))
                        .statusCode())
                .as("another unit")
                .isEqualTo(404);

        assertThat(skicka(leo, plan + "upprattad", Map.of("upprattad", idag.toString()), fall))
                .contains(
                        "Planen är registrerad som upprättad",
                        "Nästa omprövning senast",
                        idag.plusYears(1).toString());
        Task omprova = uppgift(fall, IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN);
        assertThat(omprova.getDueDate()).isNotNull();
        assertThat(leo.get("/arenden/" + fall.arendeId()).body())
                .as("the review is reached from the case page")
                .contains("/uppgifter/" + omprova.getId(), "Individuell plan: ompröva");

        assertThat(skicka(leo, plan + "omprovning", Map.of("omprovad", idag.toString()), fall))
                .contains("Omprövningen är registrerad");
        assertThat(taskService
                        .createTaskQuery()
                        .taskDefinitionKey(IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN)
                        .processVariableValueEquals("beslutId", fall.beslutId())
                        .count())
                .as("the next year's review")
                .isOne();

        HttpResponse<String> utanOrsak = leo.postForm(plan + "avslut", Map.of("planAvslutad", idag.toString()));
        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(utanOrsak.body()).contains("Välj ett av alternativen.");
        assertThat(skicka(
                        leo,
                        plan + "avslut",
                        Map.of("planAvslutad", idag.toString(), "planAvslutsorsak", "ATERKALLAD"),
                        fall))
                .contains("Planen är avslutad", "personen återkallade begäran");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(IndividuellPlanprocessen.PROCESS)
                        .variableValueEquals("beslutId", fall.beslutId())
                        .count())
                .as("the plan's process ended")
                .isZero();
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .get("/revision/arenden/" + fall.arendeId())
                        .body())
                .contains(
                        "Individuell plan begärd (10 § LSS)", "Individuell plan omprövad", "Individuell plan avslutad");
    }

    @Test
    void anOverdueReviewOfThePlanCountsInTheChefsOverdueView() { // LSS 10 §, C1 item 10: escalation to the chef
        Fall fall = bifall("Ove");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String plan = "/beslut/" + fall.beslutId() + "/individuell-plan/";
        skicka(leo, plan + "begaran", Map.of("begard", idag.toString()), fall);
        skicka(leo, plan + "upprattad", Map.of("upprattad", idag.toString()), fall);
        Task omprova = uppgift(fall, IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN);
        // the year has passed (the timer's path itself: IndividuellPlanProcessTest)
        jdbc.sql("update uppgift set forfaller = now() - interval '2 days' where task_id = :t")
                .param("t", omprova.getId())
                .update();
        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);

        assertThat(chef.get("/forsenat").body())
                .contains(
                        "Omprövningar av individuell plan (LSS)",
                        "/forsenat/lista?enhet=LSS&amp;typ=Task_OmprovaIndividuellPlan&amp;forsenade=true");
        assertThat(chef.get("/forsenat/lista?enhet=LSS&typ=Task_OmprovaIndividuellPlan&forsenade=true")
                        .body())
                .contains(fall.arendenummer());
    }

    @Test
    void anEndedInsatsEndsItsVerkstallighetFollowUpAndOrderAndTheProviderSeesWhy() {
        Fall fall = bifall("Åke");
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(api.post("/api/beslut/" + fall.beslutId() + "/verkstallighet", "{\"verkstalld\":\"" + igar + "\"}")
                        .statusCode())
                .isLessThan(300);
        assertThat(uppgift(fall, Uppfoljningsprocessen.TASK_FOLJA_UPP))
                .as("the yearly follow-up waits")
                .isNotNull();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String avslut = "/beslut/" + fall.beslutId() + "/avslut";

        HttpResponse<String> tom = leo.postForm(avslut, Map.of());
        assertThat(tom.statusCode()).isEqualTo(400);
        assertThat(tom.body()).contains("Inget sparades", "Välj ett av alternativen.", "Ange ett datum.");
        assertThat(leo.postForm(
                                avslut,
                                Map.of(
                                        "insatsslut",
                                        "FLYTTAT",
                                        "avslutsdatum",
                                        idag.plusDays(1).toString()))
                        .body())
                .contains("Datumet kan inte ligga i framtiden.");
        assertThat(leo.postForm(avslut, Map.of("insatsslut", "SEMESTER", "avslutsdatum", idag.toString()))
                        .statusCode())
                .isEqualTo(400);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .postForm(avslut, Map.of("insatsslut", "FLYTTAT", "avslutsdatum", idag.toString()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from insatsavslut where beslut_id = :b::uuid")
                        .param("b", fall.beslutId())
                        .query(Long.class)
                        .single())
                .as("nothing saved")
                .isZero();

        assertThat(skicka(leo, avslut, Map.of("insatsslut", "FLYTTAT", "avslutsdatum", idag.toString()), fall))
                .contains("Insatsen är avslutad", "personen har flyttat")
                .doesNotContain("Avsluta insatsen</button>");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(Verkstallighetsprocessen.PROCESS)
                        .variableValueEquals("beslutId", fall.beslutId())
                        .count())
                .as("the verkställighet ended")
                .isZero();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(Uppfoljningsprocessen.PROCESS)
                        .variableValueEquals("beslutId", fall.beslutId())
                        .count())
                .as("the follow-up ended")
                .isZero();
        String verkstallighet = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(Verkstallighetsprocessen.PROCESS)
                .processInstanceBusinessKey(fall.arendenummer())
                .singleResult()
                .getId();
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .activityId(Verkstallighetsprocessen.END_INSATS_AVSLUTAD_PA_BESLUTET)
                        .processInstanceId(verkstallighet)
                        .count())
                .isOne();
        assertThat(jdbc.sql("select avslutad::text || ' ' || avslutsorsak from bestallning where beslut_id = :b::uuid")
                        .param("b", fall.beslutId())
                        .query(String.class)
                        .single())
                .isEqualTo(idag + " FLYTTAT");

        HttpResponse<String> igen =
                leo.postForm(avslut, Map.of("insatsslut", "AVLIDEN", "avslutsdatum", idag.toString()));
        assertThat(igen.statusCode()).isEqualTo(400);
        assertThat(igen.body()).contains("Insatsen är redan avslutad " + idag);

        HttpSession utforare = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String order = utforare.get("/bestallningar/" + fall.beslutId()).body();
        assertThat(order)
                .contains("Avslutad", "insatsen avslutades av handläggaren", "personen har flyttat")
                .doesNotContain("Registrera avbrott")
                .doesNotContain("Rapportera start");
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .get("/revision/arenden/" + fall.arendeId())
                        .body())
                .contains("Insatsen avslutad: Korttidsvistelse utanför hemmet (LSS)");
        assertThat(leo.get("/arenden/" + fall.arendeId()).body())
                .contains("Insatsen avslutad " + idag + ": personen har flyttat");
    }

    @Test
    void anEndedTimeLimitedInsatsLeavesNoOmprovningTaskForTheHandlaggare() { // R17, T03: nothing left to reconsider
        Fall fall = bifall("Tove", idag.plusMonths(6));
        String beslutsprocess = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(Beslutprocessen.PROCESS)
                .variableValueEquals("beslutId", fall.beslutId())
                .singleResult()
                .getId();
        // the reminder day has come (the timer's own path: BeslutProcessTest)
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(beslutsprocess)
                .activityId(Beslutprocessen.TIMER_OMPROVNING_DAGS)
                .singleResult()
                .getId());
        Task omprova = uppgift(fall, Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM);
        assertThat(omprova).isNotNull();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(leo.get("/arenden/" + fall.arendeId()).body()).contains("/uppgifter/" + omprova.getId());

        skicka(
                leo,
                "/beslut/" + fall.beslutId() + "/avslut",
                Map.of("insatsslut", "BEHOVET_UPPHORT", "avslutsdatum", idag.toString()),
                fall);

        assertThat(uppgift(fall, Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM)).isNull();
        assertThat(jdbc.sql("select count(*) from uppgift where task_id = :t")
                        .param("t", omprova.getId())
                        .query(Long.class)
                        .single())
                .as("gone from the task lists")
                .isZero();
        assertThat(leo.get("/arenden/" + fall.arendeId()).body()).doesNotContain("/uppgifter/" + omprova.getId());
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(beslutsprocess)
                        .activityId(Beslutprocessen.END_OMPROVNING_INSATS_AVSLUTAD)
                        .count())
                .isOne();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(beslutsprocess)
                        .count())
                .as("still waiting for the delgivning: the appeal window is untouched")
                .isOne();
    }

    @Test
    void theFollowUpIsReachedFromTheCasePageAndAnAvslutLeadsStraightToTheAvslutForm() {
        Fall fall = bifall("Ulf");
        HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/beslut/" + fall.beslutId() + "/verkstallighet", "{\"verkstalld\":\"" + igar + "\"}");
        Task foljaUpp = uppgift(fall, Uppfoljningsprocessen.TASK_FOLJA_UPP);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String arendesida = leo.get("/arenden/" + fall.arendeId()).body();
        assertThat(arendesida.substring(arendesida.indexOf("rubrik-efter-beslutet")))
                .as("under the decision")
                .contains("/uppgifter/" + foljaUpp.getId(), "Följa upp");

        assertThat(leo.postForm("/uppgifter/" + foljaUpp.getId() + "/ta", Map.of())
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> klar = leo.postForm(
                "/uppgifter/" + foljaUpp.getId(),
                Map.of("resultat", "AVSLUT", "anteckning", "Målen är uppnådda och behovet har upphört."));

        assertThat(klar.statusCode()).isEqualTo(302);
        String till = klar.headers().firstValue("Location").orElseThrow();
        assertThat(till).contains("/beslut/" + fall.beslutId() + "?avslut=BEHOVET_UPPHORT");
        String sida = leo.get("/beslut/" + fall.beslutId() + "?avslut=BEHOVET_UPPHORT")
                .body();
        assertThat(sida)
                .contains(
                        "Registrera avslutet av insatsen nedan",
                        "value=\"BEHOVET_UPPHORT\" selected=\"selected\"",
                        "value=\"" + idag + "\"");
    }

    @Test
    void aFollowUpCallingForANewDecisionLeadsToTheDecisionPage() {
        Fall fall = bifall("Nea");
        HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/beslut/" + fall.beslutId() + "/verkstallighet", "{\"verkstalld\":\"" + igar + "\"}");
        Task foljaUpp = uppgift(fall, Uppfoljningsprocessen.TASK_FOLJA_UPP);
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        leo.postForm("/uppgifter/" + foljaUpp.getId() + "/ta", Map.of());

        HttpResponse<String> klar = leo.postForm(
                "/uppgifter/" + foljaUpp.getId(),
                Map.of("resultat", "NYTT_BESLUT", "anteckning", "Behovet har ökat: mer omfattande insats behövs."));

        assertThat(klar.headers().firstValue("Location").orElseThrow())
                .endsWith("/arenden/" + fall.arendeId() + "/beslut/nytt");
    }

    // --- the fixture: a case and a decision through the API, as BeslutSidaTest makes them

    record Fall(String arendeId, String arendenummer, String beslutId) {}

    private Fall nyttArende(String fornamn, boolean utredd) {
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> ansokan = api.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"Efterbeslutsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        BeslutSidaTest.personnummer(),
                        fornamn,
                        OffsetDateTime.now().minusDays(50).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        Ansokan.slutfor(
                taskService,
                arendenummer,
                Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan"));
        if (utredd) {
            Ansokan.slutfor(taskService, arendenummer, Utredningsprocessen.TASK_UTREDA, Map.of());
        }
        return new Fall(arendeId, arendenummer, null);
    }

    private Fall bifall(String fornamn) {
        return bifall(fornamn, null);
    }

    private Fall bifall(String fornamn, LocalDate giltigTom) {
        Fall fall = nyttArende(fornamn, false);
        HttpResponse<String> beslut = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/arenden/" + fall.arendeId() + "/beslut", """
                        {"insatstyp":"LSS_KORTTIDSVISTELSE","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 6"},
                         "omfattning":"Fyra dygn per månad","niva":2,"giltigFrom":"%1$s","motivering":"Behovet är styrkt",
                         "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%1$s",
                         "utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s","individuellPlan":"SKRIFTLIGT",
                         "giltigTom":%2$s}""".formatted(
                                igar, giltigTom == null ? "null" : "\"" + giltigTom + "\""));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        return new Fall(fall.arendeId(), fall.arendenummer(), HttpSession.json(beslut.body(), "id"));
    }

    private Task uppgift(Fall fall, String typ) {
        return taskService
                .createTaskQuery()
                .taskDefinitionKey(typ)
                .processVariableValueEquals("beslutId", fall.beslutId())
                .singleResult();
    }

    private String skicka(HttpSession session, String adress, Map<String, String> falt, Fall fall) {
        HttpResponse<String> svar = session.postForm(adress, falt);
        assertThat(svar.statusCode())
                .as(adress + " " + falt + ": " + svar.body())
                .isEqualTo(302);
        assertThat(svar.headers().firstValue("Location").orElseThrow()).endsWith("/beslut/" + fall.beslutId());
        return session.get("/beslut/" + fall.beslutId()).body();
    }

    private long antalBeslut(Fall fall) {
        return jdbc.sql("select count(*) from beslut where arende_id = :a::uuid")
                .param("a", fall.arendeId())
                .query(Long.class)
                .single();
    }

    private long antalPlaner(Fall fall) {
        return jdbc.sql(
                        "select count(*) from individuell_plan p join beslut b on b.id = p.beslut_id where b.arende_id = :a::uuid")
                .param("a", fall.arendeId())
                .query(Long.class)
                .single();
    }

    private static String formularId(String html) {
        Matcher matcher = FORMULAR_ID.matcher(html);
        assertThat(matcher.find()).as("the page carries its own id").isTrue();
        return matcher.group(1);
    }
}
