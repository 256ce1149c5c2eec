package se.tillit.lexsarah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.LexSarahprocessen;

/**
 * Lex Sarah through the API and the pages (SoL 2025:400 27 kap. 2–6 §§, LSS 24 a–g §§; C16, C25, C33, C39, C50, C59):
 * a report by a provider's staff taken to IVO, one by a handläggare that is not allvarligt, both to closure; who sees
 * the author; closing without measures refused; bad input refused naming the field; the database refusing a DELETE;
 * the IVO document; the tasks in the ansvarig's list, the chef's escalation and the reminder.
 */
@TillitSpringTest
class LexSarahApiTest {

    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");
    /** Demo persons (synthetic, DemoPersoner): an older woman at the provider, a child in BOU. */
    static final String GRETA = "19350105-9863";

    static final String ALVA = "20150312-9825";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ObjectMapper json;

    @Test
    void aProvidersStaffReportsAboutTheirOwnUnitAndTheCommitteesAnsvarigTakesItToIvoAndClosesItWithMeasures()
            throws Exception {
        HttpSession utforare = api(DemoKonton.UTFORARE);
        HttpSession ansvarig = api(DemoKonton.LEXSARAH_ANSVARIG);
        LocalDate idag = LocalDate.now(SVENSK_TID);

        // C25: anyone working in the service reports, the provider's staff included, about their own unit
        HttpResponse<String> rapport = utforare.post("/api/lexsarah", """
                {"enhet":"UTF-SOLROSEN","typ":"MISSFORHALLANDE","vadHande":"Brukaren fick fel läkemedel vid kvällsrundan och föll sedan i badrummet.",
                 "intraffade":"%s","klockslag":"21:30","plats":"Solrosens boende, avdelning 2","personnummer":"%s",
                 "omedelbaraAtgarder":"Sjuksköterskan tillkallades genast; anhöriga underrättade."}""".formatted(idag.minusDays(1), GRETA));
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(201);
        String id = HttpSession.json(rapport.body(), "id");
        String nummer = HttpSession.json(rapport.body(), "nummer");
        assertThat(nummer).matches("LS-\\d{4}-\\d{6}");

        // the process runs without the author: not a variable, not the engine's start user (ADR 11)
        HistoricProcessInstance process = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(LexSarahprocessen.PROCESS)
                .processInstanceBusinessKey(nummer)
                .singleResult();
        assertThat(process.getStartUserId()).isNull();
        assertThat(runtimeService.getVariables(process.getId()).values()).doesNotContain(DemoKonton.UTFORARE);
        // C33: the unit's and the committee's lex Sarah-ansvariga are the candidates; the list shows it to the
        // committee's
        assertThat(jdbc.sql("""
                        select uppgiftstyp || ' ' || enhet_kod || ':' || kandidatroll || ' ' || array_to_string(fler_kandidatgrupper, ',')
                          from uppgift where lexsarah_id = :id""")
                        .param("id", java.util.UUID.fromString(id))
                        .query(String.class)
                        .list())
                .containsExactly("Task_UtredaLexSarah UTF-SOLROSEN:LEXSARAH_ANSVARIG NAMND:LEXSARAH_ANSVARIG");
        assertThat(HttpSession.browser(port, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.LOSENORD)
                        .get("/uppgifter?vy=enhetens")
                        .body())
                .contains(nummer, "Utreda och dokumentera lex Sarah-rapporten", "/lexsarah/" + id);

        // who sees the author: the ansvarig and the revisor; the author sees their own report, not the handling
        assertThat(las(ansvarig, id).get("rapportor").asText()).isEqualTo(DemoKonton.UTFORARE);
        assertThat(las(ansvarig, id).get("rapportorRoll").asText()).isEqualTo("UTFORARE");
        assertThat(las(api(DemoKonton.REVISOR), id).get("rapportor").asText()).isEqualTo(DemoKonton.UTFORARE);
        JsonNode egen = las(utforare, id);
        assertThat(egen.has("rapportor")).isFalse();
        assertThat(egen.get("atkomst").asText()).isEqualTo("EGEN");
        assertThat(egen.has("historik")).isFalse();
        assertThat(api(DemoKonton.HANDLAGGARE).get("/api/lexsarah/" + id).statusCode())
                .as("another unit's staff")
                .isEqualTo(404);
        assertThat(api(DemoKonton.CHEF).get("/api/lexsarah/" + id).statusCode())
                .as("another unit's chef")
                .isEqualTo(404);

        // only the ansvarig works on it: 403 for who may read it, 404 for who may not
        assertThat(api(DemoKonton.REVISOR)
                        .post("/api/lexsarah/" + id + "/utredning", utredning("Revisorn"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api(DemoKonton.HANDLAGGARE)
                        .post("/api/lexsarah/" + id + "/utredning", utredning("Hanna"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ansvarig.post(
                                "/api/lexsarah/" + id + "/bedomning",
                                "{\"allvarligt\":true,\"motivering\":\"Allvarlig skada.\"}")
                        .statusCode())
                .as("not investigated yet")
                .isEqualTo(400);

        HttpResponse<String> tom = ansvarig.post("/api/lexsarah/" + id + "/utredning", "{\"dokumentation\":\"\"}");
        assertThat(tom.statusCode()).isEqualTo(400);
        assertThat(tom.body()).contains("dokumentation", "enskildesUppfattning", "konsekvenser", "orsaker");
        assertThat(antal("lexsarah_utredning", id)).as("nothing saved").isZero();

        JsonNode utredd =
                json.readTree(ansvarig.post("/api/lexsarah/" + id + "/utredning", utredning("Första versionen"))
                        .body());
        assertThat(utredd.get("status").asText()).isEqualTo("UTREDD");
        // a correction is a new row beside the first (C59): both kept, the newest in force
        JsonNode rattad = json.readTree(ansvarig.post("/api/lexsarah/" + id + "/utredning", utredning("Rättad version"))
                .body());
        assertThat(rattad.get("utredning").get("dokumentation").asText()).startsWith("Rättad version");
        assertThat(rattad.get("tidigareUtredningar")).hasSize(1);
        assertThat(antal("lexsarah_utredning", id)).isEqualTo(2);
        assertThat(uppgifter(nummer)).containsExactly(LexSarahprocessen.TASK_BEDOMA_ALLVARLIGHET);

        // C50: allvarligt, with its reasoning
        JsonNode bedomd = json.readTree(
                ansvarig.post("/api/lexsarah/" + id + "/bedomning", """
                {"allvarligt":true,"motivering":"Fel läkemedel och ett fall med frakturrisk: en allvarlig skada för en sköra person."}""").body());
        assertThat(bedomd.get("status").asText()).isEqualTo("BEDOMD");
        assertThat(uppgifter(nummer)).containsExactly(LexSarahprocessen.TASK_ANMALA_TILL_IVO);
        HttpResponse<String> forTidigt = ansvarig.post("/api/lexsarah/" + id + "/avslut", "{}");
        assertThat(forTidigt.statusCode()).isEqualTo(400);
        assertThat(forTidigt.body()).contains("ivoAnmalan");

        // C39: the content of IVO's form as a printable page, for those who see the whole report
        HttpResponse<String> ivo = HttpSession.browser(port, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.LOSENORD)
                .get("/lexsarah/" + id + "/ivo");
        assertThat(ivo.statusCode()).isEqualTo(200);
        assertThat(ivo.body())
                .contains(
                        "Anmälan enligt lex Sarah",
                        "27 kap. 6 §",
                        "Socialnämnden",
                        "Solrosens omsorg (utförare)",
                        "Solrosens boende, avdelning 2",
                        "Greta Fiktiv",
                        GRETA,
                        "Kvinna",
                        "fel läkemedel vid kvällsrundan",
                        "Rättad version",
                        "frakturrisk",
                        "Dokumentationen av utredningen enligt 5 kap. SOSFS 2011:5 bifogas",
                        "Lisa Sarasson (demo)",
                        "/css/utskrift.css",
                        "media=\"print\"")
                .doesNotContain("Första versionen")
                .doesNotContain("Ulf Sand")
                .doesNotContain("style=");
        assertThat(HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                        .get("/lexsarah/" + id + "/ivo")
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from atkomstlogg where handling = 'EXPORT' and beskrivning = :b")
                        .param("b", "Lex Sarah, anmälan till IVO " + nummer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        HttpResponse<String> framtid = ansvarig.post(
                "/api/lexsarah/" + id + "/ivo-anmalan",
                "{\"skickad\":\"%s\",\"diarienummer\":\"<script>\"}".formatted(idag.plusDays(1)));
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("skickad", "diarienummer");
        JsonNode anmald = json.readTree(ansvarig.post(
                        "/api/lexsarah/" + id + "/ivo-anmalan",
                        "{\"skickad\":\"%s\",\"diarienummer\":\"3.5.1-12345/2026\"}".formatted(idag))
                .body());
        assertThat(anmald.get("status").asText()).isEqualTo("ANMALD_TILL_IVO");
        assertThat(anmald.get("ivoAnmalan").get("diarienummer").asText()).isEqualTo("3.5.1-12345/2026");
        assertThat(anmald.get("ivoAnmalan").get("skickadAv").asText()).isEqualTo(DemoKonton.LEXSARAH_ANSVARIG);
        assertThat(uppgifter(nummer)).containsExactly(LexSarahprocessen.TASK_REGISTRERA_ATGARDER);

        // the case closes only with the measures recorded
        HttpResponse<String> utanAtgarder = ansvarig.post("/api/lexsarah/" + id + "/avslut", "{}");
        assertThat(utanAtgarder.statusCode()).isEqualTo(400);
        assertThat(utanAtgarder.body()).contains("atgarder", "minst en åtgärd");
        assertThat(las(ansvarig, id).get("status").asText()).isEqualTo("ANMALD_TILL_IVO");
        assertThat(ansvarig.post(
                                "/api/lexsarah/" + id + "/atgarder",
                                "{\"vad\":\"Dubbelkontroll av läkemedel vid kvällsrundan\","
                                        + "\"vem\":\"Enhetschefen på Solrosen\",\"nar\":\"%s\"}"
                                                .formatted(idag.plusDays(14)))
                        .statusCode())
                .isEqualTo(201);
        JsonNode avslutad = json.readTree(
                ansvarig.post("/api/lexsarah/" + id + "/avslut", "{}").body());
        assertThat(avslutad.get("status").asText()).isEqualTo("AVSLUTAD");
        assertThat(avslutad.get("avslutadAv").asText()).isEqualTo(DemoKonton.LEXSARAH_ANSVARIG);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(nummer)
                        .count())
                .isZero();
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(process.getId())
                        .activityId(LexSarahprocessen.END_LEX_SARAH_AVSLUTAD)
                        .count())
                .isEqualTo(1);
        assertThat(historik(avslutad))
                .containsExactly(
                        "RAPPORTERAD",
                        "UTREDNING",
                        "UTREDNING_RATTAD",
                        "BEDOMD_ALLVARLIG",
                        "ANMALD_TILL_IVO",
                        "ATGARD",
                        "AVSLUTAD");
        assertThat(ansvarig.post("/api/lexsarah/" + id + "/utredning", utredning("Efter avslut"))
                        .statusCode())
                .isEqualTo(400);

        // every read of the report is logged, with the affected person (ADR 6, C55)
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg a join lexsarah_rapport r on r.person_id = a.person_id
                         where r.nummer = :n and a.beskrivning = 'Lex Sarah-rapport ' || r.nummer""").param("n", nummer).query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aHandlaggaresReportNotAllvarligtClosesWithItsMeasuresAndItsAuthorIsHiddenFromHandlaggareAndChef()
            throws Exception {
        HttpSession hanna = api(DemoKonton.HANDLAGGARE);
        HttpResponse<String> rapport = hanna.post("/api/lexsarah", """
                {"enhet":"BOU","typ":"PATAGLIG_RISK","vadHande":"Ett placerat barns journal låg öppen i ett besöksrum under en hel eftermiddag.",
                 "intraffade":"%s","plats":"Socialkontoret, besöksrum 3","personnummer":"%s"}""".formatted(LocalDate.now(SVENSK_TID), ALVA));
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(201);
        String id = HttpSession.json(rapport.body(), "id");
        String nummer = HttpSession.json(rapport.body(), "nummer");

        // the author is hidden from a handläggare (the author too reads no name) and from the unit's chef
        assertThat(hanna.get("/api/lexsarah/" + id).body())
                .doesNotContain("\"rapportor\"")
                .doesNotContain(DemoKonton.HANDLAGGARE);
        JsonNode chefensVy = las(api(DemoKonton.CHEF), id);
        assertThat(chefensVy.get("atkomst").asText()).isEqualTo("UTAN_RAPPORTOR");
        assertThat(chefensVy.toString()).doesNotContain(DemoKonton.HANDLAGGARE);
        assertThat(chefensVy.get("historik").get(0).has("av"))
                .as("the history names no author")
                .isFalse();
        assertThat(HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD)
                        .get("/lexsarah/" + id)
                        .body())
                .contains(nummer, "besöksrum 3")
                .doesNotContain(DemoKonton.HANDLAGGARE)
                .doesNotContain("Hanna Berg");
        // ... and shown to the ansvarig, the revisor and the administrator
        assertThat(las(api(DemoKonton.LEXSARAH_ANSVARIG), id).get("rapportor").asText())
                .isEqualTo(DemoKonton.HANDLAGGARE);
        assertThat(las(api(DemoKonton.REVISOR), id).get("rapportor").asText()).isEqualTo(DemoKonton.HANDLAGGARE);
        assertThat(las(api(DemoKonton.ADMIN), id).get("rapportor").asText()).isEqualTo(DemoKonton.HANDLAGGARE);
        assertThat(HttpSession.browser(port, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.LOSENORD)
                        .get("/lexsarah/" + id)
                        .body())
                .contains(DemoKonton.HANDLAGGARE);

        // the ansvarig's work through the report's page: investigation, not allvarligt, a measure, closed
        HttpSession lisa = HttpSession.browser(port, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.LOSENORD);
        assertThat(lisa.postForm(
                                "/lexsarah/" + id + "/utredning",
                                Map.of(
                                        "dokumentation",
                                        "Journalen lämnades kvar efter ett möte.",
                                        "enskildesUppfattning",
                                        "Barnet har inte kunnat tillfrågas; vårdnadshavaren informerad.",
                                        "konsekvenser",
                                        "Ingen obehörig har läst journalen enligt besöksloggen.",
                                        "orsaker",
                                        "Rutin för att låsa saknas."))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> utanMotivering =
                lisa.postForm("/lexsarah/" + id + "/bedomning", Map.of("allvarligt", "false"));
        assertThat(utanMotivering.statusCode()).isEqualTo(400);
        assertThat(utanMotivering.body()).contains("Motivera bedömningen");
        assertThat(lisa.postForm(
                                "/lexsarah/" + id + "/bedomning",
                                Map.of(
                                        "allvarligt",
                                        "false",
                                        "motivering",
                                        "En påtaglig risk men ingen skada och ingen spridning; inte allvarlig."))
                        .statusCode())
                .isEqualTo(302);
        assertThat(uppgifter(nummer)).containsExactly(LexSarahprocessen.TASK_REGISTRERA_ATGARDER);
        assertThat(lisa.get("/lexsarah/" + id + "/ivo").statusCode())
                .as("no anmälan when not allvarligt")
                .isEqualTo(404);
        assertThat(api(DemoKonton.LEXSARAH_ANSVARIG)
                        .post(
                                "/api/lexsarah/" + id + "/ivo-anmalan",
                                "{\"skickad\":\"%s\",\"diarienummer\":\"3.5.1-1/2026\"}"
                                        .formatted(LocalDate.now(SVENSK_TID)))
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> utanAtgarder = lisa.postForm("/lexsarah/" + id + "/avslut", Map.of());
        assertThat(utanAtgarder.statusCode()).isEqualTo(400);
        assertThat(utanAtgarder.body()).contains("Registrera minst en åtgärd");
        HttpResponse<String> felDatum = lisa.postForm(
                "/lexsarah/" + id + "/atgarder",
                Map.of("vad", "Lås i besöksrummen", "vem", "Enhetschefen BoU", "nar", "nästa vecka"));
        assertThat(felDatum.statusCode()).isEqualTo(400);
        assertThat(antal("lexsarah_atgard", id)).isZero();
        assertThat(lisa.postForm(
                                "/lexsarah/" + id + "/atgarder",
                                Map.of(
                                        "vad",
                                        "Rutin: journaler låses in efter varje möte",
                                        "vem",
                                        "Enhetschefen BoU",
                                        "nar",
                                        LocalDate.now(SVENSK_TID).plusDays(7).toString()))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> avslut = lisa.postForm("/lexsarah/" + id + "/avslut", Map.of());
        assertThat(avslut.statusCode()).isEqualTo(302);
        assertThat(lisa.get("/lexsarah/" + id).body()).contains("<dd>Avslutad</dd>", "Rutin: journaler låses in");

        JsonNode avslutad = las(api(DemoKonton.LEXSARAH_ANSVARIG), id);
        assertThat(avslutad.get("status").asText()).isEqualTo("AVSLUTAD");
        assertThat(avslutad.get("bedomning").get("allvarligt").asBoolean()).isFalse();
        assertThat(avslutad.has("ivoAnmalan")).isFalse();
        String processId = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(nummer)
                .singleResult()
                .getId();
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(processId)
                        .activityId(LexSarahprocessen.TASK_ANMALA_TILL_IVO)
                        .count())
                .isZero();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(processId)
                        .count())
                .isZero();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        long fore = jdbc.sql("select count(*) from lexsarah_rapport")
                .query(Long.class)
                .single();
        HttpSession utforare = api(DemoKonton.UTFORARE);

        HttpResponse<String> tom = utforare.post("/api/lexsarah", "{}");
        assertThat(tom.statusCode()).isEqualTo(400);
        assertThat(tom.body()).contains("\"enhet\"", "\"typ\"", "\"vadHande\"", "\"intraffade\"", "\"plats\"");
        HttpResponse<String> annanEnhet =
                utforare.post("/api/lexsarah", giltig("BOU", "\"2026-01-02\"", "19350105-9863"));
        assertThat(annanEnhet.statusCode())
                .as("a provider's staff report about their own unit")
                .isEqualTo(400);
        assertThat(annanEnhet.body()).contains("enhet", "UTF-SOLROSEN");
        HttpResponse<String> felPnr =
                utforare.post("/api/lexsarah", giltig("UTF-SOLROSEN", "\"2026-01-02\"", "19350105-9864"));
        assertThat(felPnr.statusCode()).isEqualTo(400);
        assertThat(felPnr.body()).contains("personnummer").doesNotContain("19350105");
        HttpResponse<String> framtid = utforare.post(
                "/api/lexsarah",
                giltig("UTF-SOLROSEN", "\"" + LocalDate.now(SVENSK_TID).plusDays(2) + "\"", ""));
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("intraffade");
        HttpResponse<String> okandTyp = utforare.post(
                "/api/lexsarah", giltig("UTF-SOLROSEN", "\"2026-01-02\"", "").replace("MISSFORHALLANDE", "OLYCKA"));
        assertThat(okandTyp.statusCode()).isEqualTo(400);
        assertThat(okandTyp.body()).contains("typ");
        assertThat(utforare.post("/api/lexsarah", giltig("UTF-SOLROSEN", "\"2 januari\"", ""))
                        .body())
                .contains("intraffade");

        // reporting is for those who work in the units: not the auditor, the administrator, the ansvarig alone or the
        // region
        for (String konto :
                List.of(DemoKonton.REVISOR, DemoKonton.ADMIN, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.REGION)) {
            assertThat(api(konto)
                            .post("/api/lexsarah", giltig("UTF-SOLROSEN", "\"2026-01-02\"", ""))
                            .statusCode())
                    .as(konto)
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from lexsarah_rapport")
                        .query(Long.class)
                        .single())
                .isEqualTo(fore);
        assertThat(api(DemoKonton.LEXSARAH_ANSVARIG)
                        .get("/api/lexsarah/00000000-0000-0000-0000-000000000000")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aReportIsNeverDeletedNorRewrittenNotEvenInTheDatabase() { // C59, DESIGN decision 9
        HttpResponse<String> rapport =
                api(DemoKonton.UTFORARE).post("/api/lexsarah", giltig("UTF-SOLROSEN", "\"2026-01-02\"", ""));
        java.util.UUID id = java.util.UUID.fromString(HttpSession.json(rapport.body(), "id"));
        assertThat(api(DemoKonton.LEXSARAH_ANSVARIG)
                        .post("/api/lexsarah/" + id + "/utredning", utredning("Kvar"))
                        .statusCode())
                .isEqualTo(200);

        assertThatThrownBy(() -> jdbc.sql("delete from lexsarah_rapport where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("raderas eller ändras aldrig");
        assertThatThrownBy(() -> jdbc.sql("truncate lexsarah_rapport cascade").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(
                        () -> jdbc.sql("update lexsarah_rapport set vad_hande = 'Omskrivet i efterhand' where id = :id")
                                .param("id", id)
                                .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("ändras aldrig");
        assertThatThrownBy(() -> jdbc.sql("delete from lexsarah_utredning where rapport_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update lexsarah_utredning set orsaker = 'Andra' where rapport_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(api(DemoKonton.LEXSARAH_ANSVARIG)
                        .delete("/api/lexsarah/" + id)
                        .statusCode())
                .as("no DELETE in the API")
                .isEqualTo(405);

        assertThat(jdbc.sql("select vad_hande from lexsarah_rapport where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .startsWith("Personalen");
        assertThat(antal("lexsarah_utredning", id.toString())).isEqualTo(1);
    }

    @Test
    void anUnknownPersonnummerIsKeptAsGivenAndTheAuthorIsNotToldWhetherTheRegisterKnowsThePerson() throws Exception {
        String okand = "19480719-9858"; // valid in form, not in the demo register
        HttpResponse<String> rapport =
                api(DemoKonton.UTFORARE).post("/api/lexsarah", giltig("UTF-SOLROSEN", "\"2026-01-02\"", okand));
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(201);
        assertThat(rapport.body()).doesNotContain("person");

        JsonNode person = las(api(DemoKonton.LEXSARAH_ANSVARIG), HttpSession.json(rapport.body(), "id"))
                .get("person");
        assertThat(person.get("personnummer").asText()).isEqualTo(okand);
        assertThat(person.get("iPersonregistret").asBoolean()).isFalse();
    }

    @Test
    void theReportingPageTheListsTheTaskAndTheChefsEscalationAndTheReminder() throws Exception {
        HttpSession ulf = HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD);
        String sida = ulf.get("/lexsarah/ny").body();
        assertThat(sida)
                .contains("Rapportera missförhållande (lex Sarah)", "value=\"UTF-SOLROSEN\"")
                .doesNotContain("value=\"BOU\"");
        assertThat(ulf.get("/").body()).contains("/lexsarah/ny");

        HttpResponse<String> fel = ulf.postForm(
                "/lexsarah/ny",
                Map.of(
                        "enhet",
                        "UTF-SOLROSEN",
                        "typ",
                        "MISSFORHALLANDE",
                        "vadHande",
                        "Larmet besvarades inte på fyrtio minuter.",
                        "intraffade",
                        "igår",
                        "plats",
                        "Solrosen"));
        assertThat(fel.statusCode()).isEqualTo(400);
        assertThat(fel.body()).contains("Datum skrivs ÅÅÅÅ-MM-DD", "Larmet besvarades inte");

        HttpResponse<String> skickad = ulf.postForm(
                "/lexsarah/ny",
                Map.of(
                        "enhet",
                        "UTF-SOLROSEN",
                        "typ",
                        "MISSFORHALLANDE",
                        "vadHande",
                        "Larmet besvarades inte på fyrtio minuter.",
                        "intraffade",
                        LocalDate.now(SVENSK_TID).toString(),
                        "klockslag",
                        "03:10",
                        "plats",
                        "Solrosen, lägenhet 14",
                        "personnummer",
                        ""));
        assertThat(skickad.statusCode()).isEqualTo(302);
        String rapportsida = skickad.headers().firstValue("Location").orElseThrow();
        String id = rapportsida.substring(rapportsida.lastIndexOf('/') + 1);
        String nummer = jdbc.sql("select nummer from lexsarah_rapport where id = cast(:id as uuid)")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(ulf.get("/lexsarah/" + id).body())
                .contains("Rapporten är mottagen med nummer " + nummer, "Larmet besvarades inte");
        assertThat(ulf.get("/lexsarah").body()).as("the author's own reports").contains(nummer);

        // the committee's ansvarig: the list, the task list, and the task opens the report's page
        HttpSession lisa = HttpSession.browser(port, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.LOSENORD);
        assertThat(lisa.get("/").body()).contains("/lexsarah\"", "Enhetens uppgifter");
        assertThat(lisa.get("/lexsarah").body()).contains(nummer, "Mottagen, ska utredas");
        String taskId = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(nummer)
                .singleResult()
                .getId();
        assertThat(lisa.postForm("/uppgifter/" + taskId + "/ta", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(lisa.get("/uppgifter").body()).contains(nummer, "Lex Sarah");
        HttpResponse<String> oppnad = lisa.get("/uppgifter/" + taskId);
        assertThat(oppnad.statusCode()).isEqualTo(302);
        assertThat(oppnad.headers().firstValue("Location").orElseThrow()).endsWith("/lexsarah/" + id);
        HttpResponse<String> avvisad = lisa.postForm("/uppgifter/" + taskId, Map.of());
        assertThat(avvisad.statusCode()).as("not completed past the use case").isEqualTo(409);
        assertThat(avvisad.body()).contains("Lex Sarah-uppgifter görs på rapportens sida.", "/lexsarah/" + id);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get("/uppgifter/" + taskId)
                        .statusCode())
                .isEqualTo(404);

        // C16: the reminder goes to the lex Sarah-ansvariga, without the report's details
        String processId =
                taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        managementService.executeJob(jobb(processId, LexSarahprocessen.TIMER_PAMINNELSE_UTREDNING));
        MimeMessage paminnelse =
                epostTill("lexsarah@demo.tillit.invalid", "Tillit: en lex Sarah-rapport närmar sig sitt mål");
        assertThat((String) paminnelse.getContent())
                .contains("https://tillit.test.invalid/lexsarah/" + id)
                .doesNotContain(nummer)
                .doesNotContain("Larmet")
                .doesNotContain("Solrosen");

        // the target passed: the unit's chef gets a task (no chef account at the provider in the demo: BOU's report
        // below)
        HttpResponse<String> bou =
                api(DemoKonton.HANDLAGGARE).post("/api/lexsarah", giltig("BOU", "\"2026-01-02\"", ""));
        String bouNummer = HttpSession.json(bou.body(), "nummer");
        String bouProcess = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(bouNummer)
                .singleResult()
                .getId();
        managementService.executeJob(jobb(bouProcess, LexSarahprocessen.TIMER_UTREDNING_MAL_PASSERAT));
        String eskalering = taskService
                .createTaskQuery()
                .processInstanceId(bouProcess)
                .taskDefinitionKey(LexSarahprocessen.TASK_LEX_SARAH_UTREDNING_FORSENAD)
                .singleResult()
                .getId();
        HttpSession cecilia = HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD);
        assertThat(cecilia.get("/uppgifter?vy=enhetens").body())
                .contains(bouNummer, "Utredningen av en lex Sarah-rapport har passerat målet");
        assertThat(cecilia.get("/uppgifter/" + eskalering).body())
                .contains("/lexsarah/" + HttpSession.json(bou.body(), "id"));
        // the chef of BOU may get other escalations while this runs (the job executor fires other tests' timers): this
        // one's
        assertThat((String) epostTill(
                                "chef.bou@demo.tillit.invalid",
                                "Tillit: en frist har passerat i din enhet",
                                "/uppgifter/" + eskalering)
                        .getContent())
                .as("the escalation e-mail to the chef")
                .contains("/uppgifter/" + eskalering)
                .doesNotContain(bouNummer);
        assertThat(cecilia.postForm("/uppgifter/" + eskalering + "/ta", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(cecilia.postForm("/uppgifter/" + eskalering, Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(eskalering).count())
                .as("acknowledged by the chef")
                .isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(bouProcess)
                        .taskDefinitionKey(LexSarahprocessen.TASK_UTREDA_LEX_SARAH)
                        .count())
                .as("the investigation goes on")
                .isEqualTo(1);
    }

    /** The e-mail to the recipient with the subject, waited for (sent after commit, from the outbox). */
    private static MimeMessage epostTill(String mottagare, String amne) throws Exception {
        return epostTill(mottagare, amne, "");
    }

    /** The first e-mail to the recipient with the subject whose text contains {@code innehaller}. */
    private static MimeMessage epostTill(String mottagare, String amne, String innehaller) throws Exception {
        for (int forsok = 0; forsok < 100; forsok++) {
            for (MimeMessage meddelande : greenMail.getReceivedMessages()) {
                if (meddelande.getAllRecipients()[0].toString().equals(mottagare)
                        && amne.equals(meddelande.getSubject())
                        && String.valueOf(meddelande.getContent()).contains(innehaller)) {
                    return meddelande;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail to " + mottagare + ": " + amne + " containing " + innehaller);
    }

    private String jobb(String processId, String timer) {
        return managementService
                .createJobQuery()
                .processInstanceId(processId)
                .activityId(timer)
                .singleResult()
                .getId();
    }

    private static String giltig(String enhet, String intraffade, String personnummer) {
        return """
                {"enhet":"%s","typ":"MISSFORHALLANDE","vadHande":"Personalen lämnade en brukare ensam trots beslut om dubbelbemanning.",
                 "intraffade":%s,"plats":"Boendet","personnummer":"%s"}""".formatted(enhet, intraffade, personnummer);
    }

    private static String utredning(String dokumentation) {
        return """
                {"dokumentation":"%s: händelseförloppet rekonstruerat med personalen och signeringslistan.",
                 "enskildesUppfattning":"Den enskilde upplevde sig otrygg och vill att det inte händer igen.",
                 "konsekvenser":"Smärta och oro; ingen bestående skada.","orsaker":"Ny personal utan introduktion i rutinen."}""".formatted(dokumentation);
    }

    private HttpSession api(String konto) {
        return HttpSession.api(port, konto, DemoKonton.LOSENORD);
    }

    private JsonNode las(HttpSession session, String id) throws Exception {
        HttpResponse<String> svar = session.get("/api/lexsarah/" + id);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        return json.readTree(svar.body());
    }

    private long antal(String tabell, String rapportId) {
        return jdbc.sql("select count(*) from " + tabell + " where rapport_id = cast(:id as uuid)")
                .param("id", rapportId)
                .query(Long.class)
                .single();
    }

    private List<String> uppgifter(String nummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nummer).list().stream()
                .map(t -> t.getTaskDefinitionKey())
                .sorted()
                .toList();
    }

    private static List<String> historik(JsonNode rapport) {
        List<String> handelser = new java.util.ArrayList<>();
        rapport.get("historik").forEach(h -> handelser.add(h.get("handelse").asText()));
        return handelser;
    }
}
