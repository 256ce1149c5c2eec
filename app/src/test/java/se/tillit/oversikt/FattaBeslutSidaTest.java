package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.motor.Arendeprocessen;

/**
 * The decision page (issue 14): several insatser in one decision, the delegationsordning deciding who takes it, the
 * letter written once and reopened byte for byte, a double submit that decides nothing twice.
 */
@TillitSpringTest
class FattaBeslutSidaTest {

    static final Pattern FORMULAR_ID = Pattern.compile("name=\"formularId\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Test
    void aHandlaggareGrantsOneInsatsAndRefusesAnother_oneLetterWithTheAppealText() throws Exception {
        String arendeId = tillBeslut(
                "handlaggare.lss",
                se.tillit.Testpersoner.medKontrollsiffra("19330227-986"),
                "Greta",
                "Beslutsson",
                "LSS",
                "LSS");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        String sida = leo.get("/arenden/" + arendeId + "/beslut/nytt").body();
        assertThat(sida).contains("Fatta beslut i ärende", "Greta Beslutsson", "Korttidsvistelse utanför hemmet (LSS)");
        String formularId = formularId(sida);
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);

        Map<String, String> falt =
                new HashMap<>(Map.of("formularId", formularId, "beslutsdatum", idag.toString(), "atgard", "fatta"));
        falt.putAll(rad(
                0,
                "LSS_KORTTIDSVISTELSE",
                "BIFALL",
                "Fyra dygn per månad",
                idag,
                "Du behöver miljöombyte och dina anhöriga behöver avlösning."));
        falt.putAll(Map.of(
                "beslut[0].utforare",
                "UTF-SOLROSEN",
                "beslut[0].utforartyp",
                "EGEN_REGI",
                "beslut[0].onskadStart",
                idag.plusDays(7).toString(),
                "beslut[0].individuellPlan",
                "MUNTLIGT"));
        falt.putAll(rad(1, "LSS_LEDSAGARSERVICE_AVLOSARSERVICE", "AVSLAG", null, idag, ""));

        HttpResponse<String> ogiltigt = leo.postForm("/arenden/" + arendeId + "/beslut/nytt", falt);
        assertThat(ogiltigt.statusCode()).isEqualTo(400);
        assertThat(ogiltigt.body()).contains("Inget beslut är fattat", "Motivering saknas");
        assertThat(antalBeslut(arendeId)).as("nothing half-written").isZero();

        falt.put("beslut[1].motivering", "Dina behov tillgodoses genom korttidsvistelsen.");
        HttpResponse<String> giltigt = leo.postForm("/arenden/" + arendeId + "/beslut/nytt", falt);
        assertThat(giltigt.statusCode()).as(giltigt.body()).isEqualTo(302);
        assertThat(leo.get("/arenden/" + arendeId).body())
                .contains(
                        "Beslutet är fattat och beslutsbrevet skrivet",
                        "Korttidsvistelse utanför hemmet (LSS)",
                        "Beslutsbrev");
        assertThat(jdbc.sql(
                                "select delegationspunkt from beslut where arende_id = cast(:a as uuid) order by utfall desc")
                        .param("a", arendeId)
                        .query(String.class)
                        .list())
                .containsExactly("3.2", "3.3");
        assertThat(jdbc.sql("select count(distinct beslutsbrev_id) from beslut where arende_id = cast(:a as uuid)")
                        .param("a", arendeId)
                        .query(Long.class)
                        .single())
                .as("one letter for both")
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer(arendeId))
                        .taskDefinitionKey(Arendeprocessen.TASK_FATTA_BESLUT)
                        .count())
                .as("the task is done")
                .isZero();

        // a double click: the same page again decides nothing
        assertThat(leo.postForm("/arenden/" + arendeId + "/beslut/nytt", falt).statusCode())
                .isEqualTo(302);
        assertThat(leo.get("/arenden/" + arendeId).body()).contains("Beslutet var redan fattat");
        assertThat(antalBeslut(arendeId)).isEqualTo(2);

        // the letter as stored, byte for byte, with the person, both insatser and how to appeal the avslag
        String brevId = jdbc.sql("select id from beslutsbrev where arende_id = cast(:a as uuid)")
                .param("a", arendeId)
                .query(String.class)
                .single();
        HttpResponse<byte[]> brev = hamta(leo, "/beslutsbrev/" + brevId);
        assertThat(brev.statusCode()).isEqualTo(200);
        assertThat(brev.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(brev.body())))
                .isEqualTo(jdbc.sql("select sha256 from beslutsbrev where id = cast(:id as uuid)")
                        .param("id", brevId)
                        .query(String.class)
                        .single());
        String text = text(brev.body());
        assertThat(text)
                .contains(
                        "Greta Beslutsson",
                        "Korttidsvistelse utanför hemmet (LSS)",
                        "Ledsagarservice eller avlösarservice (LSS)",
                        "Du får inte",
                        "Dina behov tillgodoses",
                        "förvaltningsrätten",
                        "27 § LSS",
                        "tre veckor",
                        "9 § 6 lagen (1993:387)");
        // written as PDF/A-2u, the form the e-archive keeps (docs/adr/0025)
        assertThat(se.tillit.drift.PdfA.brister(brev.body())).isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from atkomstlogg where arende_id = cast(:a as uuid) and beskrivning like 'Beslutsbrev%'")
                        .param("a", arendeId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the letter as sent cannot be changed, not even by the application's own database user
        assertThatThrownBy(
                        () -> jdbc.sql("update beslutsbrev set sha256 = repeat('0', 64) where id = cast(:id as uuid)")
                                .param("id", brevId)
                                .update())
                .rootCause()
                .hasMessageContaining("ändras och raderas aldrig");
        assertThatThrownBy(() -> jdbc.sql("delete from beslutsbrev where id = cast(:id as uuid)")
                        .param("id", brevId)
                        .update())
                .rootCause()
                .hasMessageContaining("ändras och raderas aldrig");
    }

    @Test
    void outsideTheHandlaggaresDelegationTheProposalGoesToTheChefWhoDecides() {
        String arendeId = tillBeslut(
                "handlaggare.bou",
                se.tillit.Testpersoner.medKontrollsiffra("20130412-980"),
                "Elsa",
                "Delegatsson",
                "BARN_OCH_UNGA",
                "BOU");
        HttpSession hanna = HttpSession.browser(port, "handlaggare.bou", DemoKonton.LOSENORD);
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        Map<String, String> falt = new HashMap<>(Map.of(
                "formularId",
                formularId(hanna.get("/arenden/" + arendeId + "/beslut/nytt").body()),
                "beslutsdatum",
                idag.toString(),
                "atgard",
                "fatta"));
        falt.putAll(rad(
                0, "SOL_KONTAKTPERSON", "BIFALL", "En kväll i veckan", idag, "Elsa behöver en vuxen att prata med."));
        falt.putAll(Map.of(
                "beslut[0].utforare",
                "UTF-SOLROSEN",
                "beslut[0].utforartyp",
                "EGEN_REGI",
                "beslut[0].onskadStart",
                idag.plusDays(7).toString()));

        assertThat(hanna.postForm("/arenden/" + arendeId + "/beslut/nytt", falt).statusCode())
                .isEqualTo(302);
        assertThat(hanna.get("/arenden/" + arendeId).body()).contains("Förslaget har gått till enhetschefen");
        assertThat(antalBeslut(arendeId)).as("not decided by the handläggare").isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer(arendeId))
                        .taskDefinitionKey(Arendeprocessen.TASK_FATTA_BESLUT_SOM_DELEGAT)
                        .taskCandidateGroup("BOU:CHEF")
                        .count())
                .isEqualTo(1);

        HttpSession cecilia = HttpSession.browser(port, "chef.bou", DemoKonton.LOSENORD);
        String chefensSida =
                cecilia.get("/arenden/" + arendeId + "/beslut/nytt").body();
        assertThat(chefensSida)
                .contains(
                        "Förslag från handlaggare.bou",
                        "Elsa behöver en vuxen att prata med.",
                        "beslutas detta av enhetschef (punkt 2.2)");
        Map<String, String> chefensFalt = new HashMap<>(falt);
        chefensFalt.put("formularId", formularId(chefensSida));
        assertThat(cecilia.postForm("/arenden/" + arendeId + "/beslut/nytt", chefensFalt)
                        .statusCode())
                .isEqualTo(302);

        assertThat(jdbc.sql(
                                "select beslutsfattare || ' ' || beslutsniva || ' ' || delegationspunkt from beslut where arende_id = cast(:a as uuid)")
                        .param("a", arendeId)
                        .query(String.class)
                        .single())
                .isEqualTo("chef.bou CHEF 2.2");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(arendenummer(arendeId))
                        .taskDefinitionKey(Arendeprocessen.TASK_FATTA_BESLUT_SOM_DELEGAT)
                        .count())
                .isZero();
    }

    @Test
    void anotherUnitsHandlaggareFindsNoDecisionPage() {
        String arendeId = tillBeslut(
                "handlaggare.lss",
                se.tillit.Testpersoner.medKontrollsiffra("19330228-986"),
                "Nils",
                "Annanenhet",
                "LSS",
                "LSS");
        HttpSession hanna = HttpSession.browser(port, "handlaggare.bou", DemoKonton.LOSENORD);

        assertThat(hanna.get("/arenden/" + arendeId + "/beslut/nytt").statusCode())
                .isEqualTo(404);
        // a forged row number in "remove the row" re-renders the page, it is no server error
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> forfalskad = leo.postForm(
                "/arenden/" + arendeId + "/beslut/nytt",
                Map.of("atgard", "ta-bort-99999999999", "beslut[0].insatstyp", "LSS_KORTTIDSVISTELSE"));
        assertThat(forfalskad.statusCode()).isEqualTo(200);
        assertThat(forfalskad.body()).contains("Insats 1");
        assertThat(hanna.postForm("/arenden/" + arendeId + "/beslut/nytt", Map.of("atgard", "fatta"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void whatTheFormCannotReadIsSaidNextToItsFieldInTheUsersLanguage() {
        String arendeId = tillBeslut(
                "handlaggare.lss",
                se.tillit.Testpersoner.medKontrollsiffra("19330301-986"),
                "Olle",
                "Felskrivsson",
                "LSS",
                "LSS");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Map<String, String> falt = new HashMap<>(Map.of(
                "formularId",
                formularId(leo.get("/arenden/" + arendeId + "/beslut/nytt").body()),
                "beslutsdatum",
                "7 december",
                "atgard",
                "fatta"));
        falt.putAll(rad(0, "FINNS_INTE", "KANSKE", null, LocalDate.now(se.tillit.drift.Svensktid.ZON), "Något."));
        falt.put("beslut[0].niva", "tre");

        HttpResponse<String> svar = leo.postForm("/arenden/" + arendeId + "/beslut/nytt", falt);
        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.body())
                .contains(
                        "Ange datumet som ÅÅÅÅ-MM-DD.",
                        "Välj en insats ur listan.",
                        "Välj bifall, delvis bifall eller avslag.",
                        "Ange nivån som en siffra 1–5.",
                        "id=\"fel-beslutsdatum\"");
        assertThat(svar.body()).as("what was typed is kept").contains("value=\"7 december\"");
        assertThat(antalBeslut(arendeId)).isZero();
    }

    private static Map<String, String> rad(
            int i, String insats, String utfall, String omfattning, LocalDate fran, String motivering) {
        Map<String, String> rad = new HashMap<>();
        rad.put("beslut[" + i + "].insatstyp", insats);
        rad.put("beslut[" + i + "].utfall", utfall);
        rad.put("beslut[" + i + "].lagrum", "0");
        rad.put("beslut[" + i + "].giltigFrom", fran.toString());
        rad.put("beslut[" + i + "].motivering", motivering);
        if (omfattning != null) {
            rad.put("beslut[" + i + "].omfattning", omfattning);
        }
        return rad;
    }

    /** A new ansökan whose assessment and investigation are done: its case waits for "Fatta beslut". */
    private String tillBeslut(
            String anvandare, String personnummer, String fornamn, String efternamn, String arendetyp, String enhet) {
        return new Ansokan(port, taskService, anvandare, arendetyp, enhet)
                .person(personnummer, fornamn, efternamn)
                .tillBeslut();
    }

    private String arendenummer(String arendeId) {
        return jdbc.sql("select arendenummer from arende where id = cast(:a as uuid)")
                .param("a", arendeId)
                .query(String.class)
                .single();
    }

    private long antalBeslut(String arendeId) {
        return jdbc.sql("select count(*) from beslut where arende_id = cast(:a as uuid)")
                .param("a", arendeId)
                .query(Long.class)
                .single();
    }

    private static String formularId(String html) {
        Matcher matcher = FORMULAR_ID.matcher(html);
        assertThat(matcher.find()).as("the page carries its own id").isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<byte[]> hamta(HttpSession session, String sokvag) {
        return session.getBytes(sokvag);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
        }
    }
}
