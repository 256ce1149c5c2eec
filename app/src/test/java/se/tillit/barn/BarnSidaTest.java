package se.tillit.barn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Barnprocesserna;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;

/**
 * Issue 17, children, through the pages as a handläggare and a chef use them: a placement decided on the decision
 * form with its structured fields (R11), reviewed every six months and ended on the decision's page (22 kap. 13 §,
 * C1 item 11); the follow-up after the placement and after an investigation ended without insats (23 kap. 1–5 §§,
 * C1 item 12); the reporter's request for information and that it was given (19 kap. 6 §, C1 item 3); the offer of a
 * support contact to a placed child's parents within a week (R10, SoL 22 kap. 10 §). Each with the
 * bad input a person can send: a clear error beside its field, 400, nothing written, the process untouched.
 */
@TillitSpringTest
class BarnSidaTest {

    static final Pattern FORMULAR_ID = Pattern.compile("name=\"formularId\" value=\"([^\"]+)\"");
    static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

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

    @Test
    void aPlacementIsDecidedReviewedAndEndedAndItsFollowUpStarts() { // R11, C1 items 11 and 12
        String arendeId = tillBeslut("Pia", "Placeringsson");
        String arendenummer = arendenummer(arendeId);
        HttpSession cecilia = HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD);
        LocalDate idag = LocalDate.now(SVENSK_TID);
        // three days ago: the offer to the parents (R10, a week) is not yet due, so no timer of it fires during the
        // test
        LocalDate placerad = idag.minusDays(3);

        // the decision form asks for the placement's fields once the insats is a placement
        Map<String, String> uppdatera =
                new HashMap<>(Map.of("atgard", "uppdatera", "beslut[0].insatstyp", "SOL_PLACERING_BARN"));
        assertThat(cecilia.postForm("/arenden/" + arendeId + "/beslut/nytt", uppdatera)
                        .body())
                .contains("Vid bifall: placeringen", "Placeringsform", "Konsulentstött familjehem");

        Map<String, String> falt = placeringsbeslut(
                cecilia, arendeId, idag, "SOL_PLACERING_BARN", 7, "Pia behöver vård utanför hemmet.", placerad);
        HttpResponse<String> utanPlacering = cecilia.postForm("/arenden/" + arendeId + "/beslut/nytt", falt);
        assertThat(utanPlacering.statusCode()).isEqualTo(400);
        assertThat(utanPlacering.body()).contains("Ange placeringsform, var barnet placeras och från vilken dag");
        falt.putAll(Map.of(
                "beslut[0].placeringsform",
                "INTERNAT",
                "beslut[0].plats",
                "Familjehemmet Ek",
                "beslut[0].placeradFran",
                placerad.toString()));
        HttpResponse<String> felForm = cecilia.postForm("/arenden/" + arendeId + "/beslut/nytt", falt);
        assertThat(felForm.statusCode()).isEqualTo(400);
        assertThat(felForm.body()).contains("Välj en placeringsform ur listan.", "value=\"Familjehemmet Ek\"");
        assertThat(antal("beslut", arendeId)).as("nothing half-written").isZero();

        falt.put("beslut[0].placeringsform", "FAMILJEHEM");
        assertThat(cecilia.postForm("/arenden/" + arendeId + "/beslut/nytt", falt)
                        .statusCode())
                .isEqualTo(302);
        String beslutId = jdbc.sql("select id::text from beslut where arende_id = :a::uuid")
                .param("a", arendeId)
                .query(String.class)
                .single();
        String placeringId = jdbc.sql("select id::text from placering where beslut_id = :b::uuid")
                .param("b", beslutId)
                .query(String.class)
                .single();
        Task overvag = uppgift(arendenummer, Barnprocesserna.TASK_OVERVAGA_PLACERING);
        assertThat(dag(overvag))
                .as("22 kap. 13 §: six months from the placement")
                .isEqualTo(placerad.plusMonths(6));

        // the decision's page shows the placement, and the handläggare ends it there
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        assertThat(hanna.get("/beslut/" + beslutId).body())
                .contains("Placering", "Familjehemmet Ek", "Familjehem", "Avsluta placeringen");

        // a review on the case's children page: refused without a day, then the next is due six months after it
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body())
                .contains("Familjehemmet Ek", "Registrera övervägandet");
        HttpResponse<String> utanDag =
                hanna.postForm("/placeringar/" + placeringId + "/overvagande", Map.of("fortsatt", "true"));
        assertThat(utanDag.statusCode()).isEqualTo(400);
        assertThat(utanDag.body()).contains("Ange ett datum.");
        assertThat(hanna.postForm(
                                "/placeringar/" + placeringId + "/overvagande",
                                Map.of("datum", idag.minusDays(1).toString(), "fortsatt", "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(dag(uppgift(arendenummer, Barnprocesserna.TASK_OVERVAGA_PLACERING)))
                .isEqualTo(idag.minusDays(1).plusMonths(6));
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .postForm("/placeringar/" + placeringId + "/overvagande", Map.of())
                        .statusCode())
                .as("another unit")
                .isEqualTo(404);

        // ending it: another reason needs a text; then the reviews stop and the follow-up's six months start
        HttpResponse<String> utanText = hanna.postForm(
                "/beslut/" + beslutId + "/placering/avslut", Map.of("avslutad", idag.toString(), "orsak", "ANNAN"));
        assertThat(utanText.statusCode()).isEqualTo(400);
        assertThat(utanText.body()).contains("Beskriv orsaken", "Avsluta placeringen");
        assertThat(hanna.postForm(
                                "/beslut/" + beslutId + "/placering/avslut",
                                Map.of("avslutad", idag.toString(), "orsak", "HEMFLYTT"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(hanna.get("/beslut/" + beslutId).body())
                .contains("Placeringen är avslutad.", "Barnet har flyttat hem");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .taskDefinitionKey(Barnprocesserna.TASK_OVERVAGA_PLACERING)
                        .count())
                .as("the reviews stop")
                .isZero();
        Task foljUpp = uppgift(arendenummer, Barnprocesserna.TASK_FOLJA_UPP_BARNET);
        assertThat(dag(foljUpp))
                .as("23 kap.: six months from the placement's end")
                .isEqualTo(idag.plusMonths(6));
        assertThat(hanna.postForm(
                                "/beslut/" + beslutId + "/placering/avslut",
                                Map.of("avslutad", idag.toString(), "orsak", "HEMFLYTT"))
                        .statusCode())
                .as("the same end again")
                .isEqualTo(302);
        // R10: the offer to the parents, never recorded, is no longer due once the placement ended: its task went with
        // the reviews, and a late attempt is refused with the reason (409), nothing saved
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .taskDefinitionKey(Barnprocesserna.TASK_ERBJUD_FORALDRASTOD)
                        .count())
                .isZero();
        HttpResponse<String> efterSlutet = hanna.postForm(
                "/placeringar/" + placeringId + "/foraldrastod",
                Map.of("datum", idag.toString(), "utfall", "ERBJUDET_ACCEPTERAT"));
        assertThat(efterSlutet.statusCode()).isEqualTo(409);
        assertThat(efterSlutet.body()).contains("placeringen har upphört, så inget erbjudande väntar längre");
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body())
                .contains("Placeringen upphörde " + idag + " innan något registrerades")
                .doesNotContain("Registrera erbjudandet");
        assertThat(jdbc.sql(
                                "select count(*) from foraldrastod_erbjudande where placering_id = :p::uuid and utfall is null")
                        .param("p", placeringId)
                        .query(Long.class)
                        .single())
                .isOne();
        // R11: the ended placement's care days, per form, among the committee's indicators
        assertThat(cecilia.get("/nyckeltal?fran=" + idag.withDayOfMonth(1) + "&tom=" + idag + "&enhet=BOU")
                        .body())
                .contains("Placeringarnas längd – Familjehem");

        // the follow-up ended on the page (after a SoL placement it may be "not for this child", with why)
        String uppfoljningId = jdbc.sql("select id::text from barnuppfoljning where placering_id = :p::uuid")
                .param("p", placeringId)
                .query(String.class)
                .single();
        HttpResponse<String> utanMotivering = hanna.postForm(
                "/barnuppfoljningar/" + uppfoljningId + "/avslut",
                Map.of("avslutad", idag.toString(), "utfall", "GENOMFORD"));
        assertThat(utanMotivering.statusCode()).isEqualTo(400);
        assertThat(utanMotivering.body()).contains("Beskriv vad uppföljningen visade");
        assertThat(hanna.postForm(
                                "/barnuppfoljningar/" + uppfoljningId + "/avslut",
                                Map.of(
                                        "avslutad",
                                        idag.toString(),
                                        "utfall",
                                        "GENOMFORD",
                                        "motivering",
                                        "Pia har det bra hemma; skolan bekräftar."))
                        .statusCode())
                .isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(foljUpp.getId()).count())
                .isZero();
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body())
                .contains("Genomförd och avslutad", "Pia har det bra hemma");
        assertThat(jdbc.sql("select count(*) from atkomstlogg where arende_id = :a::uuid and beskrivning like 'Barn:%'")
                        .param("a", arendeId)
                        .query(Long.class)
                        .single())
                .as("every read is logged")
                .isPositive();
    }

    /**
     * R10 (seed 001@c20445): a placement gives the task "Erbjud föräldrarna stödkontakt", due a week after the placement
     * (table barnfrister, SoL 22 kap. 10 §). It is in the unit's task list and the chef's overdue view; its task page
     * leads to the case's children page, where the outcome is recorded in structured fields (the task page itself
     * refuses to complete it, 409); a bad form is refused with 400, another outcome afterwards with 409, nothing saved.
     */
    @Test
    void theOfferOfASupportContactToTheParentsIsRecordedFromTheTaskListOnTheChildrensPage() { // R10
        String arendeId = tillBeslut("Fia", "Foraldrastodsson");
        String arendenummer = arendenummer(arendeId);
        LocalDate idag = LocalDate.now(SVENSK_TID);
        HttpSession cecilia = HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD);
        Map<String, String> falt = placeringsbeslut(
                cecilia, arendeId, idag, "SOL_PLACERING_BARN", 8, "Fia behöver vård utanför hemmet.", idag);
        falt.putAll(Map.of(
                "beslut[0].placeringsform",
                "HVB",
                "beslut[0].plats",
                "Hemmet Ask",
                "beslut[0].placeradFran",
                idag.toString()));
        assertThat(cecilia.postForm("/arenden/" + arendeId + "/beslut/nytt", falt)
                        .statusCode())
                .isEqualTo(302);
        String placeringId = jdbc.sql(
                        "select p.id::text from placering p join beslut b on b.id = p.beslut_id where b.arende_id = :a::uuid")
                .param("a", arendeId)
                .query(String.class)
                .single();

        Task erbjud = uppgift(arendenummer, Barnprocesserna.TASK_ERBJUD_FORALDRASTOD);
        assertThat(dag(erbjud)).as("R10: a week from the placement").isEqualTo(idag.plusDays(7));
        assertThat(jdbc.sql("select frist from foraldrastod_erbjudande where placering_id = :p::uuid")
                        .param("p", placeringId)
                        .query(LocalDate.class)
                        .single())
                .as("the deadline on the barn module's record")
                .isEqualTo(idag.plusDays(7));

        // the unit's task list and the chef's overdue view (due within 14 days) show it
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        assertThat(hanna.get("/uppgifter?vy=enhetens&uppgiftstyp=" + Barnprocesserna.TASK_ERBJUD_FORALDRASTOD)
                        .body())
                .contains(arendenummer, "Barn: erbjud föräldrarna stödkontakt");
        assertThat(cecilia.get("/forsenat").body()).contains("Erbjudanden om föräldrastöd (en vecka)");
        assertThat(cecilia.get("/forsenat/lista?enhet=BOU&typ=" + Barnprocesserna.TASK_ERBJUD_FORALDRASTOD
                                + "&forsenade=false&dagar=14")
                        .body())
                .contains(arendenummer);

        // the task page leads to the children page and does not complete the task itself
        String uppgiftssida = hanna.get("/uppgifter/" + erbjud.getId()).body();
        assertThat(uppgiftssida).contains("/arenden/" + arendeId + "/barn", "Öppna sidan där uppgiften görs");
        assertThat(hanna.postForm("/uppgifter/" + erbjud.getId() + "/ta", Map.of())
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> paUppgiftssidan = hanna.postForm("/uppgifter/" + erbjud.getId(), Map.of());
        assertThat(paUppgiftssidan.statusCode()).isEqualTo(409);
        assertThat(paUppgiftssidan.body()).contains("Uppgiften görs på sin egen sida");
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body())
                .contains(
                        "Stödkontakt till föräldrarna",
                        "Föräldrarna ska erbjudas en stödkontakt senast " + idag.plusDays(7),
                        "Registrera erbjudandet",
                        "Inte erbjuden: föräldrarna gick inte att nå");

        // refused: no outcome, a day in the future; another unit's handläggare and the chef may not write
        HttpResponse<String> utanUtfall =
                hanna.postForm("/placeringar/" + placeringId + "/foraldrastod", Map.of("datum", idag.toString()));
        assertThat(utanUtfall.statusCode()).isEqualTo(400);
        assertThat(utanUtfall.body()).contains("Välj ett av alternativen.");
        HttpResponse<String> framtid = hanna.postForm(
                "/placeringar/" + placeringId + "/foraldrastod",
                Map.of("datum", idag.plusDays(1).toString(), "utfall", "ERBJUDET_ACCEPTERAT"));
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body())
                .contains("Dagen kan inte ligga före placeringen (eller beslutet om den) eller efter i dag.");
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .postForm(
                                "/placeringar/" + placeringId + "/foraldrastod",
                                Map.of("datum", idag.toString(), "utfall", "ERBJUDET_ACCEPTERAT"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(cecilia.postForm(
                                "/placeringar/" + placeringId + "/foraldrastod",
                                Map.of("datum", idag.toString(), "utfall", "ERBJUDET_ACCEPTERAT"))
                        .statusCode())
                .as("a chef reads")
                .isEqualTo(403);
        assertThat(jdbc.sql(
                                "select count(*) from foraldrastod_erbjudande where placering_id = :p::uuid and utfall is null")
                        .param("p", placeringId)
                        .query(Long.class)
                        .single())
                .as("nothing written")
                .isOne();

        // offered today and accepted: the task is done, in time; the same again changes nothing; another outcome is
        // refused
        HttpResponse<String> erbjudet = hanna.postForm(
                "/placeringar/" + placeringId + "/foraldrastod",
                Map.of("datum", idag.toString(), "utfall", "ERBJUDET_ACCEPTERAT"));
        assertThat(erbjudet.statusCode()).as(erbjudet.body()).isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(erbjud.getId()).count()).isZero();
        assertThat(uppgift(arendenummer, Barnprocesserna.TASK_OVERVAGA_PLACERING))
                .as("the reviews go on")
                .isNotNull();
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body())
                .contains(idag + ": Erbjuden, föräldrarna tackade ja (senast " + idag.plusDays(7) + ")")
                .doesNotContain("Registrera erbjudandet");
        assertThat(hanna.postForm(
                                "/placeringar/" + placeringId + "/foraldrastod",
                                Map.of("datum", idag.toString(), "utfall", "ERBJUDET_ACCEPTERAT"))
                        .statusCode())
                .as("sent twice")
                .isEqualTo(302);
        HttpResponse<String> annat = hanna.postForm(
                "/placeringar/" + placeringId + "/foraldrastod",
                Map.of("datum", idag.toString(), "utfall", "ERBJUDET_AVBOJT"));
        assertThat(annat.statusCode()).isEqualTo(409);
        assertThat(annat.body()).contains("ett annat utfall är redan registrerat för erbjudandet");
        assertThat(jdbc.sql("""
                        select utfall || ' ' || datum || ' ' || registrerad_av from foraldrastod_erbjudande where placering_id = :p::uuid""").param("p", placeringId).query(String.class).single())
                .isEqualTo("ERBJUDET_ACCEPTERAT " + idag + " " + DemoKonton.HANDLAGGARE);
    }

    @Test
    void aChildsCaseClosedAfterAnInvestigationWithoutInsatsStartsTheFollowUp() { // C1 item 12
        String arendeId = tillBeslut("Uno", "Uppfoljningsson");
        String arendenummer = arendenummer(arendeId);
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);

        assertThat(hanna.postForm(
                                "/arenden/" + arendeId + "/avslut",
                                Map.of("avslutsorsak", "UTREDNING_AVSLUTAD_UTAN_INSATS"))
                        .statusCode())
                .isEqualTo(302);

        Task foljUpp = uppgift(arendenummer, Barnprocesserna.TASK_FOLJA_UPP_BARNET);
        assertThat(foljUpp.getTaskDefinitionKey()).isEqualTo(Barnprocesserna.TASK_FOLJA_UPP_BARNET);
        String sida = hanna.get("/arenden/" + arendeId + "/barn").body();
        assertThat(sida).contains("Efter avslutad utredning", "ska vara avslutad senast");
        String uppfoljningId = jdbc.sql("select id::text from barnuppfoljning where arende_id = :a::uuid")
                .param("a", arendeId)
                .query(String.class)
                .single();
        HttpResponse<String> framtid = hanna.postForm(
                "/barnuppfoljningar/" + uppfoljningId + "/avslut",
                Map.of(
                        "avslutad",
                        LocalDate.now(se.tillit.drift.Svensktid.ZON).plusDays(3).toString(),
                        "utfall",
                        "INTE_AKTUELL",
                        "motivering",
                        "Vårdnadshavarna tog emot stöd."));
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("Dagen måste ligga mellan");
        assertThat(HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD)
                        .postForm("/barnuppfoljningar/" + uppfoljningId + "/avslut", Map.of())
                        .statusCode())
                .as("a chef reads, does not write")
                .isEqualTo(403);
        assertThat(hanna.postForm(
                                "/barnuppfoljningar/" + uppfoljningId + "/avslut",
                                Map.of(
                                        "avslutad",
                                        LocalDate.now(se.tillit.drift.Svensktid.ZON)
                                                .toString(),
                                        "utfall",
                                        "INTE_AKTUELL",
                                        "motivering",
                                        "Vårdnadshavarna tog emot stöd; inget särskilt behov."))
                        .statusCode())
                .isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(foljUpp.getId()).count())
                .isZero();
    }

    @Test
    void aReportersRequestBeforeTheDecisionIsAnsweredWithinAWeekOfTheDecisionAndRecordedAsGiven() { // C1 item 3
        HttpResponse<String> anmalan = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Ada","efternamn":"Anmalarsson","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN",
                 "inkom":"%s","orsakskod":"ORO_FOR_BARN","anmalartyp":"SKOLA","enhet":"BOU"}""".formatted(
                        personnummer(), OffsetDateTime.now().minusDays(3).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(anmalan.statusCode()).as(anmalan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(anmalan.body(), "arendeId");
        String aktualiseringId = HttpSession.json(anmalan.body(), "aktualiseringId");
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD);
        LocalDate idag = LocalDate.now(SVENSK_TID);

        assertThat(hanna.get("/arenden/" + arendeId).body()).contains("/arenden/" + arendeId + "/barn");
        HttpResponse<String> framtid = hanna.postForm(
                "/arenden/" + arendeId + "/barn/anmalarinformation",
                Map.of(
                        "aktualiseringId",
                        aktualiseringId,
                        "begaranInkom",
                        idag.plusDays(2).toString()));
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("Dagen måste ligga mellan anmälan och i dag");
        HttpResponse<String> annanAnmalan = hanna.postForm(
                "/arenden/" + arendeId + "/barn/anmalarinformation",
                Map.of("aktualiseringId", java.util.UUID.randomUUID().toString(), "begaranInkom", idag.toString()));
        assertThat(annanAnmalan.statusCode()).as("an id not of this case").isEqualTo(400);
        assertThat(annanAnmalan.body()).contains("Välj en anmälan i ärendet");
        assertThat(antal("anmalarinformation", arendeId)).isZero();

        // asked two days ago, before the decision to open an investigation or not: nothing runs until the decision
        HttpResponse<String> registrerad = hanna.postForm(
                "/arenden/" + arendeId + "/barn/anmalarinformation",
                Map.of(
                        "aktualiseringId",
                        aktualiseringId,
                        "begaranInkom",
                        idag.minusDays(2).toString()));
        assertThat(registrerad.statusCode()).isEqualTo(302);
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body())
                .contains(
                        "Beslutet om att inleda utredning eller inte är inte fattat än",
                        "En vecka efter beslutet om utredning (inte fattat än)",
                        "Väntar på beslutet om att inleda utredning eller inte")
                .doesNotContain("Registrera att informationen lämnats");
        String arendenummer = arendenummer(arendeId);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .taskDefinitionKey(Barnprocesserna.TASK_INFORMERA_ANMALAREN)
                        .count())
                .as("no task before the decision")
                .isZero();
        String begaranId = jdbc.sql("select id::text from anmalarinformation where arende_id = :a::uuid")
                .param("a", arendeId)
                .query(String.class)
                .single();
        HttpResponse<String> foreBeslutet = hanna.postForm(
                "/anmalarinformation/" + begaranId + "/lamnad", Map.of("lamnad", idag.toString(), "satt", "TELEFON"));
        assertThat(foreBeslutet.statusCode()).isEqualTo(400);
        assertThat(foreBeslutet.body()).contains("informationen gäller det beslutet och lämnas när det är fattat");

        // the decision today (not opened): the week runs from it, not from the request two days before
        slutfor(arendenummer, Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING, Map.of());
        // the anmälan came three days ago, so the chef may have an escalation of the late skyddsbedömning open: the
        // decision no longer waits for the chef to acknowledge it (issue 17's fix of forhandsbedomning.bpmn), it ends
        // it
        slutfor(
                arendenummer,
                Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING,
                Map.of("bedomning", "LEDER_INTE_TILL_UTREDNING", "motivering", "Skolan har redan ordnat stöd."));
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer)
                        .taskDefinitionKey(Forhandsbedomningsprocessen.TASK_SKYDDSBEDOMNING_FORSENAD)
                        .count())
                .isZero();
        Task informera = uppgift(arendenummer, Barnprocesserna.TASK_INFORMERA_ANMALAREN);
        assertThat(dag(informera)).as("19 kap. 6 §: a week from the decision").isEqualTo(idag.plusDays(7));
        assertThat(jdbc.sql("select frist_start from anmalarinformation where id = :b::uuid")
                        .param("b", begaranId)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(idag);
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body())
                .contains(idag.plusDays(7).toString(), "Registrera att informationen lämnats");
        HttpResponse<String> utanSatt =
                hanna.postForm("/anmalarinformation/" + begaranId + "/lamnad", Map.of("lamnad", idag.toString()));
        assertThat(utanSatt.statusCode()).isEqualTo(400);
        assertThat(utanSatt.body()).contains("Välj ett av alternativen.");
        HttpResponse<String> lamnad = hanna.postForm(
                "/anmalarinformation/" + begaranId + "/lamnad", Map.of("lamnad", idag.toString(), "satt", "TELEFON"));
        assertThat(lamnad.statusCode()).as(lamnad.body()).isEqualTo(302);
        assertThat(hanna.postForm(
                                "/anmalarinformation/" + begaranId + "/lamnad",
                                Map.of("lamnad", idag.toString(), "satt", "TELEFON"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(taskService.createTaskQuery().taskId(informera.getId()).count())
                .isZero();
        assertThat(hanna.get("/arenden/" + arendeId + "/barn").body()).contains("Lämnad " + idag + " (Telefon)");
    }

    /**
     * A care decision under LVU is the committee's own to carry out: the duty to report a decision not executed within
     * three months covers SoL and LSS 9 § decisions (SoL 34 kap. 1 §, LSS 28 f §; law-and-peers.md A2), so its three
     * months passing opens no ej-verkställt record and puts nothing in IVO's report; an SoL placement's does.
     */
    @Test
    void anLvuPlacementNotStartedInThreeMonthsIsNoEjVerkstalltRecordAnSolPlacementIs() {
        LocalDate idag = LocalDate.now(SVENSK_TID);
        for (String[] fall : new String[][] {{"LVU_PLACERING_BARN", "0"}, {"SOL_PLACERING_BARN", "1"}}) {
            String arendeId = tillBeslut("Lova", "Lvusson");
            HttpSession cecilia = HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD);
            Map<String, String> falt =
                    placeringsbeslut(cecilia, arendeId, idag, fall[0], 9, "Vård utanför hemmet behövs.", idag);
            falt.putAll(Map.of(
                    "beslut[0].placeringsform",
                    "HVB",
                    "beslut[0].plats",
                    "Hemmet Lind",
                    "beslut[0].placeradFran",
                    idag.toString()));
            HttpResponse<String> fattat = cecilia.postForm("/arenden/" + arendeId + "/beslut/nytt", falt);
            assertThat(fattat.statusCode()).as(fall[0] + ": " + fattat.body()).isEqualTo(302);
            String beslutId = jdbc.sql("select id::text from beslut where arende_id = :a::uuid")
                    .param("a", arendeId)
                    .query(String.class)
                    .single();
            String verkstallighet = runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(Verkstallighetsprocessen.PROCESS)
                    .variableValueEquals("beslutId", beslutId)
                    .singleResult()
                    .getId();
            managementService.executeJob(managementService
                    .createJobQuery()
                    .processInstanceId(verkstallighet)
                    .activityId(Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT)
                    .singleResult()
                    .getId());
            assertThat(jdbc.sql("select count(*) from ej_verkstallt where beslut_id = :b::uuid")
                            .param("b", beslutId)
                            .query(Long.class)
                            .single())
                    .as(fall[0])
                    .isEqualTo(Long.parseLong(fall[1]));
        }
    }

    /**
     * The decision form's fields for a granted placement of the child ({@code insatstyp}) from {@code fran}, decided
     * {@code idag} by the committee in this paragraph of its minutes; the test adds the placement's own fields.
     */
    private static Map<String, String> placeringsbeslut(
            HttpSession chef,
            String arendeId,
            LocalDate idag,
            String insatstyp,
            int paragraf,
            String motivering,
            LocalDate fran) {
        Map<String, String> falt = new HashMap<>(Map.of(
                "formularId",
                formularId(chef.get("/arenden/" + arendeId + "/beslut/nytt").body()),
                "beslutsdatum",
                idag.toString(),
                "atgard",
                "fatta",
                "utskottsprotokoll",
                "SU " + idag + " § " + paragraf));
        falt.putAll(Map.of(
                "beslut[0].insatstyp",
                insatstyp,
                "beslut[0].utfall",
                "BIFALL",
                "beslut[0].lagrum",
                "0",
                "beslut[0].giltigFrom",
                fran.toString(),
                "beslut[0].motivering",
                motivering,
                "beslut[0].utforare",
                "UTF-SOLROSEN",
                "beslut[0].utforartyp",
                "EXTERN",
                "beslut[0].onskadStart",
                fran.toString()));
        return falt;
    }

    /** A child's ansökan whose assessment and investigation are done: its case waits for "Fatta beslut". */
    private String tillBeslut(String fornamn, String efternamn) {
        return new Ansokan(port, taskService, DemoKonton.HANDLAGGARE, "BARN_OCH_UNGA", "BOU")
                .person(personnummer(), fornamn, efternamn)
                .tillBeslut();
    }

    private void slutfor(String arendenummer, String uppgift, Map<String, Object> varden) {
        Ansokan.slutfor(taskService, arendenummer, uppgift, varden);
    }

    private Task uppgift(String arendenummer, String typ) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(typ)
                .singleResult();
        assertThat(task).as("the task %s of %s", typ, arendenummer).isNotNull();
        return task;
    }

    private static LocalDate dag(Task task) {
        return task.getDueDate().toInstant().atZone(SVENSK_TID).toLocalDate();
    }

    private String arendenummer(String arendeId) {
        return jdbc.sql("select arendenummer from arende where id = cast(:a as uuid)")
                .param("a", arendeId)
                .query(String.class)
                .single();
    }

    private long antal(String tabell, String arendeId) {
        return jdbc.sql("select count(*) from " + tabell + " where arende_id = cast(:a as uuid)")
                .param("a", arendeId)
                .query(Long.class)
                .single();
    }

    private static String formularId(String html) {
        Matcher matcher = FORMULAR_ID.matcher(html);
        assertThat(matcher.find()).as("the page carries its own id").isTrue();
        return matcher.group(1);
    }

    /** A synthetic child's personnummer of Skatteverket's test series (980–999), born 2010–2019. */
    static String personnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        return Testpersoner.medKontrollsiffra(String.format(
                "20%02d%02d%02d-%03d",
                slump.nextInt(10, 20), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20)));
    }
}
