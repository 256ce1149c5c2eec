package se.tillit.utredning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * The investigation page (issue 14): the investigation written as drafts, each a new version, and signed by the
 * handläggare who holds Utreda, which completes the task; the kommunicering of the basis before an unfavourable
 * proposal, its reply deadline on the task list, the reply or its absence (förvaltningslagen 25 §, SOSFS 2014:5 5 kap.
 * 12 §); who may read and write; double submits; the access log (C55).
 */
@TillitSpringTest
class UtredningSidaTest {

    static final String TASK_UTREDA = Utredningsprocessen.TASK_UTREDA;
    static final String TASK_INVANTA_SVAR = Utredningsprocessen.TASK_INVANTA_KOMMUNICERINGSSVAR;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    Utredningar utredningar;

    /** The page the last form post led to, as the browser showed it. */
    String foljd;

    /** A case of the LSS unit at Utreda. */
    record Fall(String arendenummer, UUID arendeId, UUID utredningId) {}

    @Test
    void aDraftSavedTwiceIsTwoVersionsAndThePageShowsTheLatestWithWhoAndWhen() {
        Fall fall = nyttFall("19440612-9819");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(leo.get(sida(fall)).body())
                .contains("Utredning i ärende " + fall.arendenummer(), "Inget är skrivet än.");

        HttpResponse<String> forsta =
                skicka(leo, sida(fall) + "/utkast", formular(0, "BIFALL").medBakgrund("Första versionen"));
        HttpResponse<String> andra =
                skicka(leo, sida(fall) + "/utkast", formular(1, "BIFALL").medBakgrund("Andra versionen"));

        assertThat(forsta.statusCode()).as(forsta.body()).isEqualTo(302);
        assertThat(andra.statusCode()).as(andra.body()).isEqualTo(302);
        assertThat(versioner(fall)).isEqualTo(2);
        String sidan = foljd;
        assertThat(sidan)
                .contains(
                        "Utkastet är sparat som en ny version.",
                        "Andra versionen",
                        "Utkast: version 2 sparad av handlaggare.lss")
                .doesNotContain("Första versionen");
        assertThat(utredningar.senaste(fall.utredningId()).orElseThrow().bakgrund())
                .isEqualTo("Andra versionen");
        assertThat(utredningar.signerad(fall.utredningId())).isEmpty();
        assertThat(utredningar.forslag(fall.utredningId()))
                .as("the latest draft's, until signed")
                .containsExactly(new Forslag("LSS_KORTTIDSVISTELSE", "BIFALL", "Behovet av miljöombyte är styrkt"));
    }

    @Test
    void aDoubleClickOnSaveSavesOnceAndAColleaguesSaveInBetweenIsNotOverwritten() {
        Fall fall = nyttFall("19580921-9818");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        skicka(leo, sida(fall) + "/utkast", formular(0, "BIFALL"));

        HttpResponse<String> igen = skicka(leo, sida(fall) + "/utkast", formular(0, "BIFALL"));
        assertThat(igen.statusCode()).isEqualTo(302);
        assertThat(foljd).contains("Inget har ändrats sedan den senast sparade versionen");
        assertThat(versioner(fall)).isEqualTo(1);

        HttpResponse<String> inaktuell =
                skicka(leo, sida(fall) + "/utkast", formular(0, "BIFALL").medBakgrund("Annan text"));
        assertThat(inaktuell.statusCode()).isEqualTo(400);
        assertThat(inaktuell.body()).contains("Någon annan har sparat en ny version", "Annan text");
        assertThat(versioner(fall)).isEqualTo(1);
    }

    @Test
    void signingNeedsEverySectionAndTheTaskAndThenCompletesUtredaOnce() {
        Fall fall = nyttFall("19630214-9817");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        skicka(leo, sida(fall) + "/utkast", formular(0, "BIFALL"));

        HttpResponse<String> utanUppgiften = skicka(leo, sida(fall) + "/signera", formular(1, "BIFALL"));
        assertThat(utanUppgiften.statusCode()).isEqualTo(400);
        assertThat(utanUppgiften.body()).contains("Ta uppgiften först");

        ta(leo, fall);
        HttpResponse<String> utanBakgrund =
                skicka(leo, sida(fall) + "/signera", formular(1, "BIFALL").medBakgrund(""));
        assertThat(utanBakgrund.statusCode()).isEqualTo(400);
        assertThat(utanBakgrund.body())
                .contains("Fältet måste fyllas i.", "id=\"fel-bakgrund\"", "aria-describedby=\"fel-bakgrund");
        HttpResponse<String> utanForslag =
                skicka(leo, sida(fall) + "/signera", formular(1, "BIFALL").utanRader());
        assertThat(utanForslag.statusCode()).isEqualTo(400);
        assertThat(utanForslag.body()).contains("Ange minst ett förslag till beslut.");
        assertThat(versioner(fall)).isEqualTo(1);
        assertThat(utreda(fall)).as("nothing signed, the task waits").isNotNull();

        HttpResponse<String> signerad = skicka(leo, sida(fall) + "/signera", formular(1, "BIFALL"));
        HttpResponse<String> igen = skicka(leo, sida(fall) + "/signera", formular(1, "BIFALL"));

        assertThat(signerad.statusCode()).as(signerad.body()).isEqualTo(302);
        assertThat(igen.statusCode()).as("the second click is told, not failed").isEqualTo(302);
        assertThat(foljd)
                .contains("Utredningen är redan signerad", "Signerad: version 2 av handlaggare.lss")
                .doesNotContain("Spara utkast");
        assertThat(utreda(fall)).as("Task_Utreda completed by the signature").isNull();
        assertThat(jdbc.sql("select count(*) from utredningssignatur where utredning_id = :id")
                        .param("id", fall.utredningId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(utredningar.hitta(fall.utredningId()).orElseThrow().avslutad())
                .isEqualTo(idag());
        Utredningstext text = utredningar.signerad(fall.utredningId()).orElseThrow();
        assertThat(text.version()).isEqualTo(2);
        assertThat(text.signeradAv()).isEqualTo("handlaggare.lss");
        assertThat(utredningar.forslag(fall.utredningId()))
                .extracting(Forslag::insatstyp)
                .containsExactly("LSS_KORTTIDSVISTELSE");
    }

    @Test
    void aSignedVersionCannotBeChangedNorDeletedEvenBySql() {
        Fall fall = nyttFall("19710503-9817");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        ta(leo, fall);
        assertThat(skicka(leo, sida(fall) + "/signera", formular(0, "BIFALL")).statusCode())
                .isEqualTo(302);

        var efterSignering = skicka(leo, sida(fall) + "/utkast", formular(1, "AVSLAG"));
        assertThat(efterSignering.statusCode())
                .as("refused: the document is closed")
                .isEqualTo(409);
        assertThat(efterSignering.body()).contains("Utredningen är redan signerad. Inget mer sparades.");
        assertThat(versioner(fall)).as("no draft after the signature").isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update utredningstext set bedomning = 'Ändrad' where utredning_id = :id")
                        .param("id", fall.utredningId())
                        .update())
                .hasMessageContaining("ändras aldrig");
        assertThatThrownBy(() -> jdbc.sql("""
                        update utredningsforslag set utfall = 'AVSLAG'
                         where utredningstext_id in (select id from utredningstext where utredning_id = :id)""").param("id", fall.utredningId()).update())
                .hasMessageContaining("ändras aldrig");
        assertThatThrownBy(() -> jdbc.sql("delete from utredningssignatur where utredning_id = :id")
                        .param("id", fall.utredningId())
                        .update())
                .hasMessageContaining("ändras aldrig");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into utredningsforslag (utredningstext_id, rad, insatstyp, utfall, motivering)
                        select id, 9, 'LSS_KONTAKTPERSON', 'BIFALL', 'Tillagd' from utredningstext where utredning_id = :id""").param("id", fall.utredningId()).update())
                .hasMessageContaining("signerad");
    }

    @Test
    void anUnfavourableProposalIsCommunicatedAndTheReplyIsOnTheTaskListUntilRecorded() { // FL 25 §
        Fall fall = nyttFall("19800818-9816");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        ta(leo, fall);
        skicka(leo, sida(fall) + "/utkast", formular(0, "AVSLAG"));

        HttpResponse<String> utanKommunicering = skicka(leo, sida(fall) + "/signera", formular(1, "AVSLAG"));
        assertThat(utanKommunicering.statusCode()).isEqualTo(400);
        assertThat(utanKommunicering.body()).contains("kommunicera underlaget först");

        Map<String, String> kommunicering =
                Map.of("skickad", idag().toString(), "satt", "POST", "vad", "Utredningen med förslaget till beslut");
        HttpResponse<String> skickad = skicka(leo, sida(fall) + "/kommunicering", kommunicering);
        HttpResponse<String> igen = skicka(leo, sida(fall) + "/kommunicering", kommunicering);

        assertThat(skickad.statusCode()).as(skickad.body()).isEqualTo(302);
        assertThat(igen.statusCode()).isEqualTo(302);
        assertThat(foljd).contains("Underlaget är redan kommunicerat och väntar på svar", "Väntar på svar");
        assertThat(jdbc.sql("select count(*) from kommunicering where utredning_id = :id")
                        .param("id", fall.utredningId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        LocalDate svarsfrist =
                utredningar.kommuniceringar(fall.utredningId()).get(0).svarsfrist();
        assertThat(svarsfrist)
                .as("a letter: two weeks, moved to a working day")
                .isBetween(idag().plusDays(14), idag().plusDays(17));
        Task svar = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(fall.arendenummer())
                .taskDefinitionKey(TASK_INVANTA_SVAR)
                .singleResult();
        assertThat(svar).as("the wait for the reply is a task").isNotNull();
        String lista = leo.get("/uppgifter?vy=enhetens&uppgiftstyp=" + TASK_INVANTA_SVAR)
                .body();
        assertThat(lista).contains(fall.arendenummer(), "Invänta svar på kommuniceringen", svarsfrist.toString());
        assertThat(leo.get("/uppgifter/" + svar.getId()).body()).contains("/utredningar/" + fall.utredningId());

        HttpResponse<String> vantar = skicka(leo, sida(fall) + "/signera", formular(1, "AVSLAG"));
        assertThat(vantar.statusCode()).isEqualTo(400);
        assertThat(vantar.body()).contains("Kommuniceringen väntar på svar");
        HttpResponse<String> forTidigt = skicka(leo, sida(fall) + "/kommunicering/utebliven", Map.of());
        assertThat(forTidigt.statusCode()).isEqualTo(400);
        assertThat(forTidigt.body()).contains("Svarsfristen har inte gått ut än");
        HttpResponse<String> utanText =
                skicka(leo, sida(fall) + "/kommunicering/svar", Map.of("besvarad", idag().toString()));
        assertThat(utanText.statusCode()).isEqualTo(400);
        assertThat(utanText.body()).contains("id=\"fel-sammanfattning\"");

        Map<String, String> besvarad =
                Map.of("besvarad", idag().toString(), "sammanfattning", "Personen håller inte med");
        assertThat(skicka(leo, sida(fall) + "/kommunicering/svar", besvarad).statusCode())
                .isEqualTo(302);
        assertThat(skicka(leo, sida(fall) + "/kommunicering/svar", besvarad).statusCode())
                .isEqualTo(302);
        assertThat(foljd).contains("Ingen kommunicering väntar på svar", "Personen håller inte med");
        assertThat(taskService.createTaskQuery().taskId(svar.getId()).count())
                .as("the reply completed the wait")
                .isZero();

        HttpResponse<String> signerad = skicka(leo, sida(fall) + "/signera", formular(1, "AVSLAG"));
        assertThat(signerad.statusCode()).as(signerad.body()).isEqualTo(302);
        assertThat(utreda(fall)).isNull();
    }

    @Test
    void noReplyByTheDeadlineIsRecordedAfterItAndAnExceptionNeedsNoKommunicering() { // FL 25 §
        Fall fall = nyttFall("19910127-9819");
        // the investigation began two months ago, the basis went out a month ago: its deadline has passed
        jdbc.sql("update utredning set inledd = inledd - 60 where id = :id")
                .param("id", fall.utredningId())
                .update();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        ta(leo, fall);
        assertThat(skicka(
                                leo,
                                sida(fall) + "/kommunicering",
                                Map.of(
                                        "skickad",
                                        idag().minusDays(30).toString(),
                                        "satt",
                                        "PERSONLIGEN",
                                        "vad",
                                        "Utredningen"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(leo.get(sida(fall)).body()).contains("Inget svar kom inom svarsfristen");

        assertThat(skicka(leo, sida(fall) + "/kommunicering/utebliven", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(utredningar.kommuniceringar(fall.utredningId()).get(0).utebliven())
                .isTrue();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(fall.arendenummer())
                        .taskDefinitionKey(TASK_INVANTA_SVAR)
                        .count())
                .isZero();

        // a partial grant after a kommunicering without a reply; the reason for an exception is kept when given
        HttpResponse<String> signerad = skicka(
                leo,
                sida(fall) + "/signera",
                formular(0, "DELVIS_BIFALL").med("kommuniceringUndantag", "UPPENBART_OBEHOVLIGT"));
        assertThat(signerad.statusCode()).as(signerad.body()).isEqualTo(302);
        assertThat(utredningar.signerad(fall.utredningId()).orElseThrow().kommuniceringUndantag())
                .isEqualTo("UPPENBART_OBEHOVLIGT");
    }

    @Test
    void anotherUnitsUserFindsNothingTheChefAndTheRevisorReadAndEveryReadIsLogged() { // C55
        Fall fall = nyttFall("19470930-9829");
        HttpSession hanna = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD); // BOU
        HttpSession carl = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);
        HttpSession rut = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);
        long loggadeFore = lasningar(fall);

        assertThat(hanna.get(sida(fall)).statusCode()).isEqualTo(404);
        assertThat(skicka(hanna, sida(fall) + "/utkast", formular(0, "BIFALL")).statusCode())
                .isEqualTo(404);
        HttpResponse<String> chefen = carl.get(sida(fall));
        assertThat(chefen.statusCode()).isEqualTo(200);
        assertThat(chefen.body()).doesNotContain("Spara utkast");
        assertThat(skicka(carl, sida(fall) + "/utkast", formular(0, "BIFALL")).statusCode())
                .isEqualTo(403);
        assertThat(rut.get(sida(fall)).statusCode()).isEqualTo(200);
        assertThat(versioner(fall)).isZero();

        assertThat(lasningar(fall)).as("the chef's and the revisor's reads").isEqualTo(loggadeFore + 2);
        assertThat(jdbc.sql(
                                "select anvandarnamn from atkomstlogg where arende_id = :a and beskrivning = 'Utredningssidan' order by id")
                        .param("a", fall.arendeId())
                        .query(String.class)
                        .list())
                .endsWith("chef.lss", "revisor");
    }

    @Test
    void anEmptyRowIsNoProposalAndAnotherRowIsAddedWithoutJavaScript() {
        Fall fall = nyttFall("19521104-9829");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);

        HttpResponse<String> fler =
                skicka(leo, sida(fall) + "/rader", formular(0, "BIFALL").medBakgrund("Behålls"));
        assertThat(fler.statusCode()).isEqualTo(200);
        assertThat(fler.body()).contains("id=\"insatstyp1\"", "Behålls");
        assertThat(versioner(fall)).as("adding a row saves nothing").isZero();

        Formular tvaRader = formular(0, "BIFALL")
                .med("antalRader", "3")
                .med("insatstyp2", "LSS_KONTAKTPERSON")
                .med("utfall2", "AVSLAG")
                .med("motivering2", "Behovet tillgodoses av familjen");
        assertThat(skicka(leo, sida(fall) + "/utkast", tvaRader).statusCode()).isEqualTo(302);
        assertThat(utredningar.forslag(fall.utredningId()))
                .extracting(Forslag::insatstyp)
                .containsExactly("LSS_KORTTIDSVISTELSE", "LSS_KONTAKTPERSON");

        HttpResponse<String> halv = skicka(
                leo,
                sida(fall) + "/utkast",
                formular(1, "BIFALL").med("antalRader", "2").med("motivering1", "Utan insats"));
        assertThat(halv.statusCode()).isEqualTo(400);
        assertThat(halv.body()).contains("id=\"fel-insatstyp1\"", "Välj ett av alternativen.");
    }

    // --- the fixture

    private Fall nyttFall(String personnummer) {
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> ansokan = api.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Ulla","efternamn":"Utredd","arendetyp":"LSS","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        personnummer, OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        UUID arendeId = UUID.fromString(HttpSession.json(ansokan.body(), "arendeId"));
        Task bedomning = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING)
                .singleResult();
        assertThat(bedomning).as("a new case for " + personnummer).isNotNull();
        taskService.complete(
                bedomning.getId(), Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan ska utredas"));
        List<Utredning> lista = utredningar.forArende(arendeId);
        return new Fall(arendenummer, arendeId, lista.get(lista.size() - 1).id());
    }

    private void ta(HttpSession session, Fall fall) {
        assertThat(skicka(session, "/uppgifter/" + utreda(fall).getId() + "/ta", Map.of())
                        .statusCode())
                .isEqualTo(302);
    }

    private Task utreda(Fall fall) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(fall.arendenummer())
                .taskDefinitionKey(TASK_UTREDA)
                .singleResult();
    }

    private long versioner(Fall fall) {
        return jdbc.sql("select count(*) from utredningstext where utredning_id = :id")
                .param("id", fall.utredningId())
                .query(Long.class)
                .single();
    }

    private long lasningar(Fall fall) {
        return jdbc.sql("select count(*) from atkomstlogg where arende_id = :a and beskrivning = 'Utredningssidan'")
                .param("a", fall.arendeId())
                .query(Long.class)
                .single();
    }

    /** The day in Sweden, as the application's clock reads it (the machine's own zone may be another). */
    private static LocalDate idag() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
    }

    /**
     * A form post as a browser makes it, following the redirect: the page then shows the step's message (its flash
     * attribute) once, and the next step's message is the next page's.
     */
    private HttpResponse<String> skicka(HttpSession session, String path, Map<String, String> falt) {
        HttpResponse<String> svar = session.postForm(path, falt);
        foljd = null;
        if (svar.statusCode() == 302) {
            foljd = session.get(
                            svar.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                    .body();
        }
        return svar;
    }

    private static String sida(Fall fall) {
        return "/utredningar/" + fall.utredningId();
    }

    /** A whole investigation with one proposal, as the page's form sends it. */
    static Formular formular(int version, String utfall) {
        Formular f = new Formular();
        f.put("version", Integer.toString(version));
        f.put("begaran", "Jag vill komma bort hemifrån några helger i månaden");
        f.put("bakgrund", "Ulla bor med sina föräldrar och har daglig verksamhet");
        f.put("enskildesSyn", "Ulla vill träffa andra i sin ålder");
        f.put("bedomning", "Behovet av korttidsvistelse är styrkt");
        f.put("antalRader", "1");
        f.put("insatstyp0", "LSS_KORTTIDSVISTELSE");
        f.put("utfall0", utfall);
        f.put("motivering0", "Behovet av miljöombyte är styrkt");
        return f;
    }

    static final class Formular extends LinkedHashMap<String, String> {

        Formular med(String namn, String varde) {
            put(namn, varde);
            return this;
        }

        Formular medBakgrund(String bakgrund) {
            return med("bakgrund", bakgrund);
        }

        Formular utanRader() {
            return med("antalRader", "1")
                    .med("insatstyp0", "")
                    .med("utfall0", "")
                    .med("motivering0", "");
        }
    }
}
