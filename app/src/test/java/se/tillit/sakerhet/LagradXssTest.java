package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.bevakning.FristPaminnelse;

/**
 * Hostile text stored through the real endpoints, in every free-text field that is shown later (names from the
 * region's messages and from an aktualisering, its description, a lex Sarah report's account, place and first
 * measures, a SIP's region contact), then fetched on every list, detail page and export that shows it: the text is
 * there, escaped; no tag, event handler, {@code javascript:} link or template expression of it is live. The e-mail
 * about the case (GreenMail) is plain text without any of it; a CSV cell never starts a formula.
 */
@TillitSpringTest
class LagradXssTest {

    /** Raw in a page, any of these would run or render as markup. */
    private static final List<Pattern> LEVANDE = List.of(
            Pattern.compile("<script>alert\\(1\\)"),
            Pattern.compile("<[^<>]*\\son(error|load)\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(href|src|action)\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("</textarea><svg"),
            Pattern.compile("<svg onload"));

    /** The escaped form that shows the text reached the page at all. */
    private static final String ESKAPERAT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaktion;

    @Test
    void textFromAnAktualiseringIsShownEscapedOnTheCasePagesTheTaskListsTheAuditorsViewsAndNotInEmail()
            throws Exception {
        String pnr = personnummer();
        Map<String, String> falt = new LinkedHashMap<>();
        falt.put("fornamn", FientligaVarden.XSS.get(0) + FientligaVarden.XSS.get(1));
        falt.put(
                "efternamn",
                "Xss" + FientligaVarden.XSS.get(4) + FientligaVarden.XSS.get(3) + FientligaVarden.XSS.get(5));
        falt.put("beskrivning", String.join(" ", FientligaVarden.XSS));
        falt.put("anmalartyp", FientligaVarden.XSS.get(2));
        HttpResponse<String> svar = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":%s,"efternamn":%s,"arendetyp":"LSS","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"TEST","beskrivning":%s,"anmalartyp":%s,"enhet":"LSS"}""".formatted(
                                pnr,
                                Endpunkter.quote(falt.get("fornamn")),
                                Endpunkter.quote(falt.get("efternamn")),
                                se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1)),
                                Endpunkter.quote(falt.get("beskrivning")),
                                Endpunkter.quote(falt.get("anmalartyp"))));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        String arendeId = HttpSession.json(svar.body(), "arendeId");

        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);
        visasEskaperat(leo, "/arenden/" + arendeId);
        inteLevande(revisor, "/revision/arenden/" + arendeId);
        inteLevande("/revision, a search by personnummer", revisor.postForm("/revision", java.util.Map.of("sok", pnr)));
        inteLevande(leo, "/uppgifter");
        inteLevande(leo, "/uppgifter?vy=enhetens");
        inteLevande(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD), "/forsenat");
        csvUtanFormler(revisor.get("/revision/arenden/" + arendeId + "/historik.csv"));
        jsonMedRattTyp(revisor.get("/revision/arenden/" + arendeId + "/historik.json"));
        jsonMedRattTyp(
                HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD).get("/api/arenden/" + arendeId));

        // the case's deadline reminder: plain text, a fixed text and a link, none of the stored text (notifiering)
        transaktion.executeWithoutResult(status -> events.publishEvent(new FristPaminnelse(
                UUID.fromString(arendeId),
                "UTREDNING",
                LocalDate.now(se.tillit.drift.Svensktid.ZON).plusDays(14))));
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        for (MimeMessage epost : greenMail.getReceivedMessages()) {
            String text = epost.getContent().toString();
            assertThat(epost.getContentType()).startsWith("text/plain");
            assertThat(epost.getSubject() + text)
                    .doesNotContain("<script")
                    .doesNotContain("onerror")
                    .doesNotContain("{{")
                    .doesNotContain("[[")
                    .doesNotContain("Xss");
        }
    }

    @Test
    void aLexSarahReportsTextIsShownEscapedToTheAnsvarigTheAuthorAndInTheLists() {
        String text = String.join(" ", FientligaVarden.XSS);
        HttpResponse<String> svar = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/lexsarah", """
                {"enhet":"UTF-SOLROSEN","typ":"MISSFORHALLANDE","vadHande":%s,"intraffade":"%s","klockslag":"21:30",
                 "plats":%s,"personnummer":"%s","omedelbaraAtgarder":%s}""".formatted(
                                Endpunkter.quote(text),
                                LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1),
                                Endpunkter.quote(FientligaVarden.XSS.get(1)),
                                personnummer(),
                                Endpunkter.quote(text)));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        String id = HttpSession.json(svar.body(), "id");

        HttpSession ansvarig = HttpSession.browser(port, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.LOSENORD);
        visasEskaperat(ansvarig, "/lexsarah/" + id);
        visasEskaperat(HttpSession.browser(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD), "/lexsarah/" + id);
        inteLevande(ansvarig, "/lexsarah?alla=true");
        inteLevande(ansvarig, "/uppgifter?vy=enhetens");
        jsonMedRattTyp(HttpSession.api(port, DemoKonton.LEXSARAH_ANSVARIG, DemoKonton.LOSENORD)
                .get("/api/lexsarah/" + id));
    }

    @Test
    void namesAndUnitsFromTheRegionsMessagesAreShownEscapedOnTheDischargeAndSipPages() {
        HttpSession region = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD);
        String vardtillfalle = "VT-XSS-" + System.nanoTime();
        HttpResponse<String> inskrivning = region.post("/api/region/utskrivning/meddelanden", """
                {"meddelandeId":"%s","typ":"INSKRIVNING","vardtillfalle":"%s","skickad":"%s","personnummer":"%s",
                 "fornamn":%s,"efternamn":%s,"inskriven":"%s","vardenhet":%s,"vardform":"SOMATISK"}""".formatted(
                        "xss-" + System.nanoTime(),
                        vardtillfalle,
                        se.tillit.Testtid.idagFore(java.time.Duration.ofHours(2)),
                        personnummer(),
                        Endpunkter.quote(FientligaVarden.XSS.get(0)),
                        Endpunkter.quote(FientligaVarden.XSS.get(1)),
                        se.tillit.Testtid.idagFore(java.time.Duration.ofHours(3)),
                        Endpunkter.quote(FientligaVarden.XSS.get(7) + FientligaVarden.XSS.get(6))));
        assertThat(inskrivning.statusCode()).as(inskrivning.body()).isEqualTo(201);
        String utskrivningId = HttpSession.json(inskrivning.body(), "utskrivningId");
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        visasEskaperat(leo, "/utskrivningar/" + utskrivningId);
        inteLevande(leo, "/utskrivningar");

        HttpResponse<String> sip = region.post("/api/region/sip", """
                {"personnummer":"%s","fornamn":%s,"efternamn":%s,"enhet":"LSS","regionEnhet":%s,"regionKontakt":%s}""".formatted(
                        personnummer(),
                        Endpunkter.quote(FientligaVarden.XSS.get(0)),
                        Endpunkter.quote(FientligaVarden.XSS.get(4)),
                        Endpunkter.quote(FientligaVarden.XSS.get(1) + FientligaVarden.XSS.get(2)),
                        Endpunkter.quote(FientligaVarden.XSS.get(0) + FientligaVarden.XSS.get(6))));
        assertThat(sip.statusCode()).as(sip.body()).isEqualTo(201);
        visasEskaperat(leo, "/sip/" + HttpSession.json(sip.body(), "id"));
    }

    @Test
    void aCsvCellThatAStartsLikeAFormulaIsNeutralized() {
        for (String formel :
                List.of("=HYPERLINK(\"https://example.invalid\")", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1")) {
            assertThat(se.tillit.drift.Csv.cell(formel)).as(formel).startsWith("\"'");
        }
    }

    private void visasEskaperat(HttpSession session, String sokvag) {
        String sida = inteLevande(session, sokvag);
        assertThat(sida).as("%s shows the stored text, escaped", sokvag).contains(ESKAPERAT);
    }

    private String inteLevande(HttpSession session, String sokvag) {
        return inteLevande(sokvag, session.get(sokvag));
    }

    private String inteLevande(String sokvag, HttpResponse<String> svar) {
        assertThat(svar.statusCode()).as(sokvag).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Security-Policy"))
                .as("CSP on %s", sokvag)
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        String sida = svar.body();
        for (Pattern levande : LEVANDE) {
            assertThat(levande.matcher(sida).find())
                    .as("%s has live markup %s", sokvag, levande)
                    .isFalse();
        }
        // a template expression from the data is shown as text, never evaluated
        assertThat(sida).as(sokvag).doesNotContain(">49<").doesNotContain("__49__");
        return sida;
    }

    private static void csvUtanFormler(HttpResponse<String> svar) {
        assertThat(svar.statusCode()).isEqualTo(200);
        for (String rad : svar.body().split("\r\n")) {
            for (String cell : rad.split(";(?=\")")) {
                assertThat(cell)
                        .as(rad)
                        .doesNotStartWith("\"=")
                        .doesNotStartWith("\"+")
                        .doesNotStartWith("\"@")
                        .doesNotStartWith("=")
                        .doesNotStartWith("@");
            }
        }
    }

    private static void jsonMedRattTyp(HttpResponse<String> svar) {
        // the API gives the text as stored; a browser never renders it: JSON, and no sniffing
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Type"))
                .hasValueSatisfying(typ -> assertThat(typ).startsWith("application/json"));
        assertThat(svar.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** A valid personnummer of a test series (serial 9xx), new for each call; under 65, so not the elderly care unit. */
    static String personnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        String utan = String.format(
                "%02d%02d%02d%03d",
                slump.nextInt(62, 99), slump.nextInt(1, 13), slump.nextInt(1, 29), 900 + slump.nextInt(100));
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utan.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utan.substring(0, 6) + "-" + utan.substring(6) + (10 - summa % 10) % 10;
    }
}
