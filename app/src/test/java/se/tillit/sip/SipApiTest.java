package se.tillit.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Sipprocessen;

/**
 * SIP end to end on the application, over real HTTP with the demo accounts: one the region asks for (for a person
 * with no case in the unit), one the municipality asks for from a case (R20, G11, C24, C52). The region sees nothing
 * without a standing consent; the processes move with the recorded steps (processes/sip.bpmn).
 */
@TillitSpringTest
class SipApiTest {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    final ObjectMapper json = new ObjectMapper();
    final LocalDate idag = LocalDate.now(SVENSK_TID);

    @Test
    void aSipTheRegionAsksForGoesFromConsentThroughTwoMeetingsAndARevisedPlanToClosing() throws Exception { // R20, C52
        HttpSession region = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD);
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);

        HttpResponse<String> begaran = region.post("/api/region/sip", """
                {"personnummer":"19580415-9811","fornamn":"Rut","efternamn":"Regionsdotter","enhet":"LSS",
                 "regionEnhet":"Vårdcentralen Ekbacken","regionKontakt":"Distriktssköterska Sara Ek, 010-000 00 00",
                 "regionalaInsatserFran":"%s"}""".formatted(idag.minusMonths(2)));
        assertThat(begaran.statusCode()).isEqualTo(201);
        JsonNode svar = json.readTree(begaran.body());
        String id = svar.get("id").asText();
        assertThat(svar.get("steg").asText()).isEqualTo("SAMTYCKE");
        assertThat(svar.get("delas").asBoolean()).isFalse();
        assertThat(begaran.headers().firstValue("Location")).hasValue("/api/region/sip/" + id);

        // C24: before a consent the region reads nothing, not even its own request's details
        HttpResponse<String> utanSamtycke = region.get("/api/region/sip/" + id);
        assertThat(utanSamtycke.statusCode()).isEqualTo(403);
        assertThat(utanSamtycke.body()).contains("samtycke").doesNotContain("Regionsdotter");

        // no case in the unit: the task is the person's, done on the SIP's page, in the unit's list
        Map<String, Object> uppgift =
                jdbc.sql("""
                        select arende_id, enhet_kod, kandidatroll, sida, person_namn from uppgift
                         where uppgiftstyp = 'Task_InhamtaSamtycke' and sida = :sida""").param("sida", "/sip/" + id).query().singleRow();
        assertThat(uppgift)
                .containsEntry("enhet_kod", "LSS")
                .containsEntry("kandidatroll", "HANDLAGGARE")
                .containsEntry("person_namn", "Rut Regionsdotter");
        assertThat(uppgift.get("arende_id")).isNull();
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/uppgifter?vy=enhetens&uppgiftstyp=Task_InhamtaSamtycke")
                        .body())
                .contains("Rut Regionsdotter", "SIP utan ärende", "/sip/" + id);

        assertThat(leo.post("/api/sip/" + id + "/samtycke", """
                {"omfattning":"Planen och uppgifter om insatserna, med vårdcentralen Ekbacken","givet":"%s","lamnatAv":"PERSONEN"}""".formatted(idag)).statusCode())
                .isEqualTo(200);
        assertThat(steg(id)).isEqualTo("KALLELSE");
        assertThat(leo.post("/api/sip/" + id + "/kallelse", """
                {"skickad":"%1$s","motesdatum":"%1$s","plats":"HEMMET","kalladAv":"REGION"}""".formatted(idag)).statusCode())
                .isEqualTo(200);

        // several meetings before the plan; the region reports its own attendance on the first
        HttpResponse<String> forsta = leo.post("/api/sip/" + id + "/moten", """
                {"datum":"%s","deltagare":"Rut, dottern, handläggaren, distriktssköterskan","anteckning":"Behoven gicks igenom",
                 "flerMoten":true,"nastaMote":"%s"}""".formatted(idag, idag.plusDays(7)));
        assertThat(forsta.statusCode()).isEqualTo(201);
        String moteId = json.readTree(forsta.body()).get("id").asText();
        assertThat(uppgift(id, Sipprocessen.TASK_HALLA_MOTE).getDueDate())
                .as("the next meeting's day")
                .isEqualTo(java.util.Date.from(
                        idag.plusDays(7).atTime(23, 59).atZone(SVENSK_TID).toInstant()));
        assertThat(region.post(
                                "/api/region/sip/" + id + "/moten/" + moteId + "/narvaro",
                                "{\"narvarande\":true,\"deltagare\":\"Distriktssköterska Sara Ek\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(leo.post("/api/sip/" + id + "/moten", """
                {"datum":"%s","deltagare":"Rut, handläggaren, läkaren","anteckning":"Planen kom överens om","flerMoten":false}""".formatted(idag)).statusCode())
                .isEqualTo(201);
        assertThat(region.post(
                                "/api/region/sip/" + id + "/plan",
                                "{\"insatser\":\"Läkemedelsgenomgång var tredje månad\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(leo.post(
                                "/api/sip/" + id + "/plan",
                                plan("Hemtjänst morgon och kväll", "KOMMUN", idag.plusMonths(3)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(steg(id)).isEqualTo("UPPFOLJNING");
        assertThat(uppgift(id, Sipprocessen.TASK_FOLJA_UPP_SIP).getDueDate())
                .isEqualTo(java.util.Date.from(
                        idag.plusMonths(3).atTime(23, 59).atZone(SVENSK_TID).toInstant()));

        // the region reads what the consent covers: the plan, meetings' dates and participants, never the notes
        HttpResponse<String> las = region.get("/api/region/sip/" + id);
        assertThat(las.statusCode()).isEqualTo(200);
        JsonNode vy = json.readTree(las.body());
        assertThat(vy.get("personnummer").asText()).isEqualTo("19580415-9811");
        assertThat(vy.get("plan").get("kommunensInsatser").asText()).isEqualTo("Hemtjänst morgon och kväll");
        assertThat(vy.get("plan").get("huvudansvar").asText()).isEqualTo("KOMMUN");
        assertThat(vy.get("moten")).hasSize(2);
        assertThat(vy.get("moten").get(0).get("regionNarvarande").asBoolean()).isTrue();
        assertThat(las.body()).doesNotContain("Behoven gicks igenom").doesNotContain("handlaggare.lss");
        assertThat(loggade(id, DemoKonton.REGION, "Regionen: SIP")).isEqualTo(1);

        // the follow-up revises the plan (a new version), the next one closes the SIP
        assertThat(leo.post("/api/sip/" + id + "/uppfoljning", """
                {"genomford":"%s","resultat":"REVIDERA","anteckning":"Mer stöd på kvällen behövs"}""".formatted(idag))
                        .statusCode())
                .isEqualTo(200);
        assertThat(steg(id)).isEqualTo("PLAN");
        assertThat(leo.post(
                                "/api/sip/" + id + "/plan",
                                plan("Hemtjänst morgon, kväll och natt", "KOMMUN", idag.plusMonths(6)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(leo.post("/api/sip/" + id + "/uppfoljning", """
                {"genomford":"%s","resultat":"AVSLUTA","anteckning":"Planen är genomförd"}""".formatted(idag))
                        .statusCode())
                .isEqualTo(200);

        JsonNode akt = json.readTree(leo.get("/api/sip/" + id).body());
        assertThat(akt.get("sip").get("steg").asText()).isEqualTo("AVSLUTAD");
        assertThat(akt.get("sip").get("avslutsorsak").asText()).isEqualTo("UPPFOLJD");
        assertThat(akt.get("sip").get("initiativ").asText()).isEqualTo("REGION");
        assertThat(akt.get("planer")).hasSize(2);
        assertThat(akt.get("uppfoljningar")).hasSize(2);
        assertThat(akt.get("regionensDel").get("insatser").asText()).isEqualTo("Läkemedelsgenomgång var tredje månad");
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey("SIP-" + id)
                        .finished()
                        .count())
                .isEqualTo(1);
        assertThat(passerat("SIP-" + id, Sipprocessen.END_SIP_AVSLUTAD)).isTrue();
        assertThat(jdbc.sql("select count(*) from uppgift where sida = :sida")
                        .param("sida", "/sip/" + id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select kalla from regional_insats where sip_id = cast(:id as uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("G11: the region's report is recorded as such")
                .isEqualTo("REGIONEN");
    }

    @Test
    void aSipTheMunicipalityAsksForBelongsToTheCaseAndAWithdrawnConsentStopsSharingAndEndsIt() throws Exception { // C24
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpSession region = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD);
        JsonNode arende = json.readTree(leo.post("/api/aktualiseringar", """
                {"personnummer":"19660921-9818","fornamn":"Kim","efternamn":"Kommunsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                                se.tillit.Testtid.idagFore(java.time.Duration.ofHours(2))))
                .body());

        HttpResponse<String> begaran = leo.post("/api/sip", """
                {"personnummer":"19660921-9818","enhet":"LSS","regionEnhet":"Psykiatrimottagningen Norr","regionalaInsatser":true}""");
        assertThat(begaran.statusCode()).isEqualTo(201);
        JsonNode sip = json.readTree(begaran.body());
        String id = sip.get("id").asText();
        assertThat(sip.get("arendeId").asText())
                .isEqualTo(arende.get("arendeId").asText());
        assertThat(sip.get("initiativ").asText()).isEqualTo("KOMMUN");
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(Sipprocessen.PROCESS)
                        .processInstanceBusinessKey(arende.get("arendenummer").asText())
                        .count())
                .as("the SIP is in the case's history")
                .isEqualTo(1);

        // not called yet: to the region this SIP does not exist
        assertThat(region.get("/api/region/sip/" + id).statusCode()).isEqualTo(404);
        assertThat(region.post("/api/region/sip/sokning", "{\"personnummer\":\"19660921-9818\"}")
                        .body())
                .isEqualTo("[]");

        leo.post("/api/sip/" + id + "/samtycke", """
                {"omfattning":"Planen, med psykiatrimottagningen Norr","givet":"%s","lamnatAv":"FORETRADARE"}""".formatted(idag));
        leo.post("/api/sip/" + id + "/kallelse", """
                {"skickad":"%1$s","motesdatum":"%1$s","plats":"VIDEO","kalladAv":"KOMMUN"}""".formatted(idag));
        assertThat(region.get("/api/region/sip/" + id).statusCode()).isEqualTo(200);
        assertThat(json.readTree(region.post("/api/region/sip/sokning", "{\"personnummer\":\"19660921-9818\"}")
                        .body()))
                .hasSize(1);

        HttpResponse<String> aterkallat =
                leo.post("/api/sip/" + id + "/samtycke/aterkallelse", "{\"datum\":\"" + idag + "\"}");

        assertThat(aterkallat.statusCode()).isEqualTo(200);
        assertThat(json.readTree(aterkallat.body()).get("avslutsorsak").asText())
                .isEqualTo("SAMTYCKE_ATERKALLAT");
        assertThat(region.get("/api/region/sip/" + id).statusCode())
                .as("sharing stopped")
                .isEqualTo(403);
        assertThat(region.post("/api/region/sip/sokning", "{\"personnummer\":\"19660921-9818\"}")
                        .body())
                .isEqualTo("[]");
        assertThat(region.post("/api/region/sip/" + id + "/plan", "{\"insatser\":\"Samtal\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(passerat(arende.get("arendenummer").asText(), Sipprocessen.END_SAMTYCKE_ATERKALLAT))
                .isTrue();
        assertThat(taskService
                        .createTaskQuery()
                        .processVariableValueEquals("sipId", id)
                        .count())
                .isZero();
        assertThat(leo.post("/api/sip/" + id + "/samtycke/aterkallelse", "{\"datum\":\"" + idag + "\"}")
                        .statusCode())
                .as("nothing left to withdraw")
                .isEqualTo(400);

        String sida = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/arenden/" + arende.get("arendeId").asText())
                .body();
        assertThat(sida).contains("Samordnad individuell plan (SIP)", "/sip/" + id, "Avslutad: samtycket återkallades");
    }

    @Test
    void aPersonWhoDoesNotWantASipIsRecordedAndTheRequestClosedNotDropped() throws Exception { // G11
        HttpSession region = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD);
        String id = json.readTree(region.post("/api/region/sip", """
                {"personnummer":"19721103-9818","fornamn":"Nils","efternamn":"Nejsson","enhet":"VUX",
                 "regionEnhet":"Beroendemottagningen","regionKontakt":"Läkare Per Berg"}""").body())
                .get("id")
                .asText();

        HttpResponse<String> nej = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/sip/" + id + "/onskan", "{\"onskan\":\"NEJ\",\"datum\":\"" + idag + "\"}");

        assertThat(nej.statusCode()).isEqualTo(200);
        JsonNode sip = json.readTree(nej.body());
        assertThat(sip.get("onskan").asText()).isEqualTo("NEJ");
        assertThat(sip.get("steg").asText()).isEqualTo("AVSLUTAD");
        assertThat(sip.get("avslutsorsak").asText()).isEqualTo("AVBOJD");
        assertThat(passerat("SIP-" + id, Sipprocessen.END_SIP_AVBOJD)).isTrue();
        assertThat(region.get("/api/region/sip/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingSaved() { // every step: a clear 400, nothing half-written
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpSession region = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD);
        long sipar = antal("sip");

        assertThat(region.post("/api/region/sip", """
                {"personnummer":"19440618-9814","fornamn":"A","efternamn":"B","enhet":"LSS","regionEnhet":"VC","regionKontakt":"K"}""").body()).contains("personnummer", "kontrollsiffra");
        assertThat(region.post("/api/region/sip", """
                {"personnummer":"19440618-9813","fornamn":"A","efternamn":"B","enhet":"UTF-SOLROSEN","regionEnhet":"VC","regionKontakt":"K"}""").statusCode())
                .as("a provider is not a unit to ask")
                .isEqualTo(400);
        assertThat(region.post("/api/region/sip", "{\"personnummer\":\"19440618-9813\"}")
                        .body())
                .contains("fornamn", "efternamn", "enhet", "regionEnhet", "regionKontakt");
        assertThat(leo.post(
                                "/api/sip",
                                "{\"personnummer\":\"19440618-9813\",\"enhet\":\"LSS\",\"regionEnhet\":\"VC\",\"onskan\":\"KANSKE\"}")
                        .body())
                .contains("onskan", "Ogiltigt värde");
        assertThat(antal("sip")).isEqualTo(sipar);

        String id = HttpSession.json(leo.post("/api/sip", """
                {"personnummer":"19440618-9813","fornamn":"Berit","efternamn":"Felsson","enhet":"LSS","regionEnhet":"VC Väster"}""").body(), "id");
        HttpResponse<String> foreSamtycke = leo.post("/api/sip/" + id + "/kallelse", """
                {"skickad":"%1$s","motesdatum":"%1$s","plats":"HEMMET","kalladAv":"KOMMUN"}""".formatted(idag));
        assertThat(foreSamtycke.statusCode()).isEqualTo(400);
        assertThat(foreSamtycke.body()).contains("skickad", "väntar inte på en kallelse");
        assertThat(leo.post("/api/sip/" + id + "/samtycke", """
                {"omfattning":"kort","givet":"%s","lamnatAv":"PERSONEN"}""".formatted(idag.plusDays(1)))
                        .body())
                .contains("omfattning", "10–2000 tecken");
        assertThat(leo.post("/api/sip/" + id + "/samtycke", """
                {"omfattning":"Planen, med vårdcentralen","givet":"%s","lamnatAv":"PERSONEN"}""".formatted(idag.plusDays(1)))
                        .body())
                .contains("givet", "framtiden");
        leo.post("/api/sip/" + id + "/samtycke", """
                {"omfattning":"Planen, med vårdcentralen","givet":"%s","lamnatAv":"PERSONEN"}""".formatted(idag));
        assertThat(leo.post("/api/sip/" + id + "/kallelse", """
                {"skickad":"%s","motesdatum":"%s","plats":"HEMMET","kalladAv":"KOMMUN"}""".formatted(idag.minusDays(1), idag))
                        .body())
                .as("nothing leaves before the consent")
                .contains("skickad", "före samtycket");
        assertThat(leo.post("/api/sip/" + id + "/kallelse", """
                {"skickad":"%s","motesdatum":"%s","plats":"HEMMET","kalladAv":"KOMMUN"}""".formatted(idag, idag.minusDays(1)))
                        .body())
                .contains("motesdatum");
        assertThat(jdbc.sql("select count(*) from sip_kallelse where sip_id = cast(:id as uuid)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        leo.post("/api/sip/" + id + "/kallelse", """
                {"skickad":"%1$s","motesdatum":"%1$s","plats":"HEMMET","kalladAv":"KOMMUN"}""".formatted(idag));
        assertThat(leo.post("/api/sip/" + id + "/moten", """
                {"datum":"%s","deltagare":"Berit","anteckning":"Möte","flerMoten":true}""".formatted(idag)).body())
                .contains("nastaMote");
        leo.post("/api/sip/" + id + "/moten", """
                {"datum":"%s","deltagare":"Berit","anteckning":"Möte","flerMoten":false}""".formatted(idag));
        assertThat(leo.post("/api/sip/" + id + "/plan", plan("Hemtjänst", "KOMMUN", idag))
                        .body())
                .contains("uppfoljning", "efter");
        assertThat(leo.post(
                                "/api/sip/" + id + "/plan",
                                "{\"kommunensInsatser\":\"Hemtjänst\",\"huvudansvar\":\"KOMMUN\"}")
                        .body())
                .contains("regionensInsatser", "uppfoljning", "upprattad");
        assertThat(leo.post("/api/sip/" + id + "/uppfoljning", """
                {"genomford":"%s","resultat":"AVSLUTA","anteckning":"Klart"}""".formatted(idag))
                        .body())
                .as("no plan to follow up yet")
                .contains("genomford");
        assertThat(antal("sip_plan where sip_id = '" + id + "'")).isZero();
        assertThat(region.post(
                                "/api/region/sip/" + id + "/moten/" + java.util.UUID.randomUUID() + "/narvaro",
                                "{\"narvarande\":true}")
                        .statusCode())
                .as("the region was called, but not to that meeting")
                .isEqualTo(404);
        assertThat(region.post("/api/region/insatser", """
                {"personnummer":"19440618-9813","fornamn":"Berit","efternamn":"Felsson","regionEnhet":"VC","fran":"%s","till":"%s"}""".formatted(idag, idag.minusDays(1)))
                        .body())
                .contains("till");
        assertThat(leo.get("/api/sip/" + java.util.UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        leo.post(
                "/api/sip/" + id + "/samtycke/aterkallelse",
                "{\"datum\":\"" + idag + "\"}"); // leaves no open task behind
    }

    @Test
    void onlyTheUnitsReadersSeeASipTheRegionHasItsOwnEndpointsAndNoOthers() { // C55: reads logged, others 404
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String id = HttpSession.json(leo.post("/api/sip", """
                {"personnummer":"19831205-9812","fornamn":"Alma","efternamn":"Atkomstsson","enhet":"LSS","regionEnhet":"VC Öster"}""").body(), "id");
        HttpSession hanna = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD); // BOU

        assertThat(hanna.get("/api/sip/" + id).statusCode()).isEqualTo(404);
        assertThat(hanna.post("/api/sip/" + id + "/onskan", "{\"onskan\":\"NEJ\",\"datum\":\"" + idag + "\"}")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> sida = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/sip/" + id);
        assertThat(sida.statusCode()).isEqualTo(404);
        assertThat(sida.body()).doesNotContain("Atkomstsson");
        assertThat(loggade(id, DemoKonton.HANDLAGGARE, null)).isZero();

        HttpSession revisor = HttpSession.api(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);
        assertThat(revisor.get("/api/sip/" + id).statusCode()).isEqualTo(200);
        assertThat(loggade(id, DemoKonton.REVISOR, "API: SIP")).isEqualTo(1);
        assertThat(revisor.post("/api/sip/" + id + "/onskan", "{\"onskan\":\"NEJ\",\"datum\":\"" + idag + "\"}")
                        .statusCode())
                .as("a revisor reads, never writes")
                .isEqualTo(403);

        HttpSession region = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD);
        assertThat(region.get("/api/sip/" + id).statusCode())
                .as("not the municipality's API")
                .isEqualTo(403);
        assertThat(region.get("/api/arenden/" + java.util.UUID.randomUUID()).statusCode())
                .isEqualTo(403);
        assertThat(region.get("/api/region/sip/" + id).statusCode())
                .as("not called, not its own")
                .isEqualTo(404);
        assertThat(leo.post("/api/region/sip", "{}").statusCode())
                .as("the region's API is the region's")
                .isEqualTo(403);
        assertThat(HttpSession.api(port, DemoKonton.INTEGRATION, DemoKonton.LOSENORD)
                        .get("/api/region/sip/" + id)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.anonymous(port).get("/api/region/sip/" + id).statusCode())
                .isEqualTo(401);

        leo.post("/api/sip/" + id + "/onskan", "{\"onskan\":\"NEJ\",\"datum\":\"" + idag + "\"}");
    }

    @Test
    void theHandlaggareRecordsTheStepsOnTheSipPageAndTheTaskPageSendsThemThere() throws Exception {
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String arendeId = HttpSession.json(
                HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .post("/api/aktualiseringar", """
                        {"personnummer":"19590228-9817","fornamn":"Sixten","efternamn":"Sidsson","arendetyp":"VUXEN","typ":"ANSOKAN",
                         "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"VUX"}""".formatted(
                                        se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))))
                        .body(),
                "arendeId");
        assertThat(leo.get("/arenden/" + arendeId).body())
                .contains("Personen har ingen SIP.", "/sip/ny?arende=" + arendeId);

        HttpResponse<String> ny = leo.postForm(
                "/sip/ny", Map.of("arende", arendeId, "regionEnhet", "VC Centrum", "onskan", "EJ_TILLFRAGAD"));
        assertThat(ny.statusCode()).isEqualTo(302);
        String sida = ny.headers().firstValue("Location").orElseThrow();
        String id = sida.substring(sida.lastIndexOf('/') + 1);
        HttpResponse<String> visad = leo.get("/sip/" + id);
        assertThat(visad.body())
                .contains(
                        "Sixten Sidsson",
                        "19590228-9817",
                        "Nästa steg: fråga personen om SIP och samtycke",
                        "Inget samtycke ännu");
        assertThat(loggade(id, "handlaggare.lss", "SIP-sidan")).isEqualTo(1);

        // the task page offers the SIP page and never completes the step empty
        String taskId = uppgift(id, Sipprocessen.TASK_INHAMTA_SAMTYCKE).getId();
        leo.postForm("/uppgifter/" + taskId + "/ta", Map.of());
        assertThat(leo.get("/uppgifter/" + taskId).body())
                .contains("Öppna sidan där uppgiften görs", "/sip/" + id)
                .doesNotContain("Slutför uppgiften");
        HttpResponse<String> avvisad = leo.postForm("/uppgifter/" + taskId, Map.of());
        assertThat(avvisad.statusCode()).isEqualTo(409);
        assertThat(avvisad.body()).contains("Uppgiften görs på sin egen sida", "/sip/" + id);
        assertThat(taskService.createTaskQuery().taskId(taskId).count())
                .as("still open")
                .isEqualTo(1);

        HttpResponse<String> fel = leo.postForm("/sip/" + id + "/samtycke", Map.of("omfattning", "", "givet", "igår"));
        assertThat(fel.statusCode()).isEqualTo(400);
        assertThat(fel.body()).contains("Inget sparades", "Ange datumet som ÅÅÅÅ-MM-DD", "Välj ett av alternativen");
        assertThat(leo.postForm(
                                "/sip/" + id + "/samtycke",
                                Map.of(
                                        "omfattning",
                                        "Planen, med vårdcentralen Centrum",
                                        "givet",
                                        idag.toString(),
                                        "lamnatAv",
                                        "PERSONEN"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(leo.get("/sip/" + id).body())
                .contains(
                        "Samtycket är registrerat", "Planen, med vårdcentralen Centrum", "Nästa steg: skicka kallelse");
        assertThat(taskService.createTaskQuery().taskId(taskId).count())
                .as("completed by the step")
                .isZero();

        assertThat(leo.postForm("/sip/" + id + "/aterkallelse", Map.of("aterkallatDatum", idag.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(leo.get("/sip/" + id).body()).contains("Avslutad: samtycket återkallades");
    }

    private String plan(String kommunens, String huvudansvar, LocalDate uppfoljning) {
        return """
                {"kommunensInsatser":"%s","regionensInsatser":"Läkemedelsgenomgång var tredje månad",
                 "andrasInsatser":"Dottern handlar varje vecka","huvudansvar":"%s","uppfoljning":"%s","upprattad":"%s"}""".formatted(kommunens, huvudansvar, uppfoljning, idag);
    }

    /** The SIP process under the business key has passed the element. */
    private boolean passerat(String affarsnyckel, String element) {
        String instans = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(Sipprocessen.PROCESS)
                .processInstanceBusinessKey(affarsnyckel)
                .singleResult()
                .getId();
        return historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instans)
                        .activityId(element)
                        .count()
                == 1;
    }

    private String steg(String id) {
        return jdbc.sql("select steg from sip where id = cast(:id as uuid)")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Task uppgift(String sipId, String typ) {
        return taskService
                .createTaskQuery()
                .processVariableValueEquals("sipId", sipId)
                .taskDefinitionKey(typ)
                .singleResult();
    }

    private long antal(String tabell) {
        return jdbc.sql("select count(*) from " + tabell).query(Long.class).single();
    }

    /** Rows in the access log for the SIP's person by the user (and description, if given). */
    private long loggade(String sipId, String anvandare, String beskrivning) {
        return jdbc.sql("""
                        select count(*) from atkomstlogg
                         where person_id = (select person_id from sip where id = cast(:id as uuid)) and anvandarnamn = :anvandare
                           and (cast(:beskrivning as varchar) is null or beskrivning = :beskrivning)""")
                .param("id", sipId)
                .param("anvandare", anvandare)
                .param("beskrivning", beskrivning)
                .query(Long.class)
                .single();
    }
}
