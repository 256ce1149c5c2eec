package se.tillit.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.OforanderligTabell;
import se.tillit.TillitSpringTest;

/**
 * The journal of a case, the documentation duty: SoL 2025:400 14 kap. 3–7 §§ (what happens in a case is documented,
 * without delay, and the person's own view), LSS 21 a §, SOSFS 2014:5 (a note has its date, its author and is signed;
 * a correction never erases what was written). Written, read, corrected, with attachments judged by their content;
 * every read logged (C55); the unit's handläggare write, its chef and the revisorer read, others see nothing.
 */
@TillitSpringTest
class JournalSidaTest {

    private static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService anvandare;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private String arendeId;
    private String arendenummer;
    private final LocalDate idag = LocalDate.now(SVENSK_TID);

    @BeforeEach
    void ettLssArende() {
        HttpResponse<String> ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Julia","efternamn":"Journalsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                        personnummer(), OffsetDateTime.now().minusDays(2).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        arendeId = HttpSession.json(ansokan.body(), "arendeId");
        arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
    }

    /** SoL 14 kap. 3–4 §§, SOSFS 2014:5 4 kap.: the note, its date, kind and author, signed when saved, in the journal. */
    @Test
    void sol14kap3aHandlaggareWritesASignedNoteThatTheJournalAndTheCasePageShow() throws Exception {
        String sida = mvc.perform(get("/arenden/{id}/journal", arendeId).with(som("handlaggare.lss")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sida)
                .contains(
                        "Journal, ärende " + arendenummer,
                        "Julia Journalsson",
                        "Ny anteckning",
                        "enctype=\"multipart/form-data\"",
                        "value=\"" + idag + "\"",
                        "Inga anteckningar i journalen.");
        String token = token(sida);

        mvc.perform(anteckning(
                                arendeId,
                                idag.minusDays(1),
                                "HEMBESOK",
                                "Hembesök hos Julia.\nHon vill ha ledsagare till simhallen.",
                                token)
                        .with(som("handlaggare.lss")))
                .andExpect(redirectedUrl("/arenden/" + arendeId + "/journal"))
                .andExpect(flash().attribute("meddelande", "journal.sparad"));

        String journal = mvc.perform(get("/arenden/{id}/journal", arendeId).with(som("handlaggare.lss")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(journal)
                .contains(
                        idag.minusDays(1) + ", Hembesök",
                        "Hembesök hos Julia.\nHon vill ha ledsagare till simhallen.",
                        "Signerad " + idag,
                        "av Leo Lind")
                .doesNotContain("Inga anteckningar i journalen.");
        assertThat(jdbc.sql("select forfattare from journalanteckning where arende_id = :a::uuid")
                        .param("a", arendeId)
                        .query(String.class)
                        .single())
                .isEqualTo("handlaggare.lss");
        assertThat(loggat(arendeId, "handlaggare.lss", "SKRIV", "Journalanteckning skriven"))
                .isEqualTo(1);
        assertThat(loggat(arendeId, "handlaggare.lss", "LAS", "Journalen")).isEqualTo(2);

        String arendesida = mvc.perform(get("/arenden/{id}", arendeId).with(som("handlaggare.lss")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(arendesida)
                .contains(
                        "Journal",
                        idag.minusDays(1) + ", Hembesök, Leo Lind",
                        "Hembesök hos Julia.",
                        "/arenden/" + arendeId + "/journal\"");
    }

    /** The notes stand in the order of their events, the latest first, whatever order they were written in. */
    @Test
    void theLatestEventComesFirst() throws Exception {
        skriv(idag.minusDays(10), "TELEFON", "Mamma ringde om ansökan.");
        skriv(idag, "MOTE", "Möte med skolan.");
        skriv(idag.minusDays(5), "INKOMMEN_HANDLING", "Läkarintyg inkom.");

        String journal = mvc.perform(get("/arenden/{id}/journal", arendeId).with(som("chef.lss")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(journal).containsSubsequence("Möte med skolan.", "Läkarintyg inkom.", "Mamma ringde om ansökan.");
    }

    /** An attachment comes back exactly as it was stored, typed by its content, always as a download (LSS 21 a §). */
    @Test
    void lss21aAnAttachmentDownloadsByteForByteAsStoredWithItsDetectedType() throws Exception {
        byte[] pdf = Testfiler.pdf();
        byte[] docx = Testfiler.ooxml("word/document.xml");
        mvc.perform(anteckning(
                                arendeId,
                                idag,
                                "INKOMMEN_HANDLING",
                                "Läkarintyg och ansökan inkom.",
                                UUID.randomUUID().toString())
                        .file(new MockMultipartFile("bilagor", "Läkarintyg Julia.pdf", "application/octet-stream", pdf))
                        .file(new MockMultipartFile("bilagor", "ansökan.docx", "application/pdf", docx))
                        .with(som("handlaggare.lss")))
                .andExpect(redirectedUrl("/arenden/" + arendeId + "/journal"));
        String anteckning = enda(arendeId);
        List<Map<String, Object>> bilagor =
                jdbc.sql("""
                        select b.id, b.innehallstyp, b.storlek, b.sha256 from journalbilaga b
                         where b.anteckning_id = :a::uuid order by b.ordning""").param("a", anteckning).query().listOfRows();
        assertThat(bilagor)
                .extracting(r -> r.get("innehallstyp"))
                .containsExactly(
                        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        String journal = mvc.perform(get("/arenden/{id}/journal", arendeId).with(som("revisor")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String lank = "/arenden/" + arendeId + "/journal/" + anteckning + "/bilagor/"
                + bilagor.get(0).get("id");
        assertThat(journal).contains(lank, "Läkarintyg Julia.pdf", "ansökan.docx");

        MvcResult nedladdning = mvc.perform(get(lank).with(som("revisor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(nedladdning.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(nedladdning.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''L%C3%A4karintyg%20Julia.pdf");
        MvcResult word = mvc.perform(get("/arenden/" + arendeId + "/journal/" + anteckning + "/bilagor/"
                                + bilagor.get(1).get("id"))
                        .with(som("chef.lss")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(word.getResponse().getContentAsByteArray()).isEqualTo(docx);
        assertThat(loggat(
                        arendeId,
                        "revisor",
                        "LAS",
                        "Journalbilaga " + bilagor.get(0).get("id")))
                .isEqualTo(1);
        assertThat(loggat(
                        arendeId,
                        "chef.lss",
                        "LAS",
                        "Journalbilaga " + bilagor.get(1).get("id")))
                .isEqualTo(1);

        // an attachment is found only under its own note and case
        mvc.perform(get("/arenden/" + arendeId + "/journal/" + UUID.randomUUID() + "/bilagor/"
                                + bilagor.get(0).get("id"))
                        .with(som("handlaggare.lss")))
                .andExpect(status().isNotFound());
    }

    /** SOSFS 2014:5: a correction is a new note; the corrected one stays as written and is shown as corrected. */
    @Test
    void sosfs2014_5ACorrectionIsANewNoteAndTheCorrectedNoteStaysAsWrittenMarkedCorrected() throws Exception {
        skriv(idag.minusDays(3), "SAMTAL", "Julia sa att hon vill flytta till Solrosen.");
        String fel = enda(arendeId);
        String fore = radsumma(fel);

        String sida = mvc.perform(
                        get("/arenden/{id}/journal/{a}", arendeId, fel).with(som("handlaggare.lss")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sida)
                .contains(
                        "Rätta anteckningen",
                        "Julia sa att hon vill flytta till Solrosen.",
                        "/arenden/" + arendeId + "/journal/" + fel + "/rattelse");
        assertThat(loggat(arendeId, "handlaggare.lss", "LAS", "Journalanteckning " + fel))
                .isEqualTo(1);

        mvc.perform(multipart("/arenden/{id}/journal/{a}/rattelse", arendeId, fel)
                        .param("handelsedatum", idag.minusDays(3).toString())
                        .param("slag", "SAMTAL")
                        .param("text", "Julia sa att hon vill flytta till Vallmon, inte Solrosen.")
                        .param("token", token(sida))
                        .with(som("handlaggare.lss"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/arenden/" + arendeId + "/journal"))
                .andExpect(flash().attribute("meddelande", "journal.rattelseSparad"));

        String rattelse = jdbc.sql("select id::text from journalanteckning where rattar = :a::uuid")
                .param("a", fel)
                .query(String.class)
                .single();
        assertThat(radsumma(fel)).as("the corrected note is unchanged").isEqualTo(fore);
        String journal = mvc.perform(get("/arenden/{id}/journal", arendeId).with(som("handlaggare.lss")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(journal)
                .contains(
                        "Julia sa att hon vill flytta till Solrosen.",
                        "Julia sa att hon vill flytta till Vallmon",
                        "Rättad genom en senare anteckning",
                        "/arenden/" + arendeId + "/journal/" + rattelse,
                        "Rättar anteckningen om " + idag.minusDays(3));
        String rattad = mvc.perform(
                        get("/arenden/{id}/journal/{a}", arendeId, fel).with(som("chef.lss")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rattad)
                .contains("Rättad genom en senare anteckning", "rättelsen signerad " + idag)
                .doesNotContain("Rätta anteckningen</h2>");

        // a note of another case cannot be corrected through this one
        mvc.perform(multipart("/arenden/{id}/journal/{a}/rattelse", arendeId, UUID.randomUUID())
                        .param("handelsedatum", idag.toString())
                        .param("slag", "SAMTAL")
                        .param("text", "x")
                        .param("token", UUID.randomUUID().toString())
                        .with(som("handlaggare.lss"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** Invalid input: 400 with the errors at their fields, the same token kept, nothing saved. */
    @Test
    void anInvalidNoteIsShownAgainWithItsErrorsAndNothingIsSaved() throws Exception {
        String token = UUID.randomUUID().toString();
        String svar = mvc.perform(
                        anteckning(arendeId, idag.plusDays(1), "", "   ", token).with(som("handlaggare.lss")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(svar)
                .contains(
                        "Anteckningen är inte sparad",
                        "id=\"fel-handelsedatum\"",
                        "efter i dag",
                        "id=\"fel-slag\"",
                        "Välj ett av alternativen",
                        "id=\"fel-text\"",
                        "Skriv anteckningen",
                        "value=\"" + token + "\"",
                        "aria-describedby=\"hjalp-text fel-text\"");
        assertThat(antal(arendeId)).isZero();
    }

    /** A file that only looks like a PDF (a program renamed) is refused for what its content is, with a clear message. */
    @Test
    void aDisguisedFileIsRefusedByItsContentWithAClearMessage() throws Exception {
        String svar = mvc.perform(anteckning(
                                arendeId,
                                idag,
                                "INKOMMEN_HANDLING",
                                "Intyg inkom.",
                                UUID.randomUUID().toString())
                        .file(new MockMultipartFile("bilagor", "intyg.pdf", "application/pdf", Testfiler.exe()))
                        .with(som("handlaggare.lss")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(svar)
                .contains("id=\"fel-bilagor\"", "Filen intyg.pdf är inte en PDF", "Välj filerna igen")
                .contains("Intyg inkom.");
        assertThat(antal(arendeId)).isZero();
    }

    /** Over tillit.journal.max-bilaga (10 MB): the page names the file and the limit; nothing saved, no server error. */
    @Test
    void anAttachmentOverTheLimitGetsAClearMessageNotAServerError() throws Exception {
        byte[] stor = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Testfiler.pdf(), 0, stor, 0, Testfiler.pdf().length);

        String svar = mvc.perform(anteckning(
                                arendeId,
                                idag,
                                "INKOMMEN_HANDLING",
                                "Stort intyg.",
                                UUID.randomUUID().toString())
                        .file(new MockMultipartFile("bilagor", "stort.pdf", "application/pdf", stor))
                        .with(som("handlaggare.lss")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(svar).contains("Filen stort.pdf är 10,0 MB; högst 10 MB per fil tas emot.");
        assertThat(antal(arendeId)).isZero();

        // the same through the real server, whose multipart limits must let the file reach the check with its CSRF
        // token
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpResponse<String> genomServern = postaMultipart(leo, "/arenden/" + arendeId + "/journal", "stort.pdf", stor);
        assertThat(genomServern.statusCode()).isEqualTo(400);
        assertThat(genomServern.body()).contains("Filen stort.pdf är 10,0 MB; högst 10 MB per fil tas emot.");

        // beyond the whole request's limit (50 MB) the request is refused by its length, before it is read: 413, not
        // 403
        byte[] jatte = new byte[51 * 1024 * 1024];
        HttpResponse<String> forStor = postaMultipart(leo, "/arenden/" + arendeId + "/journal", "jatte.pdf", jatte);
        assertThat(forStor.statusCode()).isEqualTo(413);
        assertThat(forStor.body()).contains("Filen är för stor för att tas emot.");
        assertThat(antal(arendeId)).isZero();
    }

    /** A double click sends the form twice: one note, and the second answer says it was already saved. */
    @Test
    void theSameFormSubmittedTwiceSavesOneNote() throws Exception {
        String token = UUID.randomUUID().toString();
        mvc.perform(anteckning(arendeId, idag, "TELEFON", "Samtal med gode mannen.", token)
                        .with(som("handlaggare.lss")))
                .andExpect(flash().attribute("meddelande", "journal.sparad"));
        mvc.perform(anteckning(arendeId, idag, "TELEFON", "Samtal med gode mannen.", token)
                        .with(som("handlaggare.lss")))
                .andExpect(redirectedUrl("/arenden/" + arendeId + "/journal"))
                .andExpect(flash().attribute("meddelande", "journal.redanSparad"));
        assertThat(antal(arendeId)).isEqualTo(1);

        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(leo.get("/arenden/" + arendeId + "/journal").body()).contains("Samtal med gode mannen.");
    }

    /** Two requests of one form at the same moment (a double click on a slow line): no 5xx, one note. */
    @Test
    void theSameFormSubmittedTwiceAtOnceSavesOneNoteAndNeitherIsAServerError() throws Exception {
        HttpSession forsta = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        HttpSession andra = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Map<String, String> formular = Map.of(
                "handelsedatum",
                idag.toString(),
                "slag",
                "MOTE",
                "text",
                "Nätverksmöte med skolan och mamma.",
                "token",
                UUID.randomUUID().toString());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tradar = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> anrop = new ArrayList<>();
            for (HttpSession session : List.of(forsta, andra)) {
                anrop.add(() -> {
                    start.await();
                    return session.postForm("/arenden/" + arendeId + "/journal", formular);
                });
            }
            List<Future<HttpResponse<String>>> svar =
                    anrop.stream().map(tradar::submit).toList();
            start.countDown();
            for (Future<HttpResponse<String>> s : svar) {
                assertThat(s.get().statusCode()).as(s.get().body()).isEqualTo(302);
            }
        } finally {
            tradar.shutdownNow();
        }
        assertThat(antal(arendeId)).isEqualTo(1);
        assertThat(loggat(arendeId, "handlaggare.lss", "SKRIV", "Journalanteckning skriven"))
                .isEqualTo(1);
    }

    /** Who: the unit's handläggare writes, its chef and the revisorer read, another unit's handläggare sees nothing. */
    @Test
    void theUnitsHandlaggareWritesItsChefAndRevisorerReadAndOthersGet404() throws Exception {
        skriv(idag, "SAMTAL", "Samtal om korttidsvistelse.");
        String anteckning = enda(arendeId);
        String bilaga = skrivMedBilaga();

        for (String lasare : List.of("chef.lss", "revisor")) {
            String sida = mvc.perform(get("/arenden/{id}/journal", arendeId).with(som(lasare)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(sida)
                    .as(lasare)
                    .contains("Samtal om korttidsvistelse.")
                    .doesNotContain("Ny anteckning")
                    .doesNotContain("name=\"token\"");
            mvc.perform(anteckning(
                                    arendeId,
                                    idag,
                                    "SAMTAL",
                                    "Får inte skrivas.",
                                    UUID.randomUUID().toString())
                            .with(som(lasare)))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/arenden/{id}/journal/{a}/rattelse", arendeId, anteckning)
                            .param("handelsedatum", idag.toString())
                            .param("slag", "SAMTAL")
                            .param("text", "Får inte skrivas.")
                            .param("token", UUID.randomUUID().toString())
                            .with(som(lasare))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }

        String annan = DemoKonton.HANDLAGGARE; // Barn och unga, not LSS
        String arendeAdress = "/arenden/" + arendeId + "/journal";
        for (String adress : List.of(arendeAdress, arendeAdress + "/" + anteckning, bilaga)) {
            MvcResult svar = mvc.perform(get(adress).with(som(annan)))
                    .andExpect(status().isNotFound())
                    .andReturn();
            assertThat(svar.getResponse().getContentAsString())
                    .doesNotContain("korttidsvistelse")
                    .doesNotContain(arendenummer);
        }
        mvc.perform(anteckning(
                                arendeId,
                                idag,
                                "SAMTAL",
                                "Får inte skrivas.",
                                UUID.randomUUID().toString())
                        .with(som(annan)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/arenden/{id}/journal", arendeId).with(som(DemoKonton.UTFORARE)))
                .andExpect(status().isNotFound());
        assertThat(antal(arendeId)).isEqualTo(2);
        // nothing was read; each refused attempt is on record as denied (issue 18, ADR 22)
        assertThat(jdbc.sql(
                                "select count(*) from atkomstlogg where arende_id = :a::uuid and anvandarnamn in (:u) and handling <> 'NEKAD'")
                        .param("a", arendeId)
                        .param("u", List.of(annan, DemoKonton.UTFORARE))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from atkomstlogg where arende_id = :a::uuid and anvandarnamn in (:u) and handling = 'NEKAD'")
                        .param("a", arendeId)
                        .param("u", List.of(annan, DemoKonton.UTFORARE))
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    /** C55: every read of the journal, of a note and of an attachment is a row of the access log, with who and what. */
    @Test
    void c55EveryReadOfTheJournalANoteAndAnAttachmentIsLogged() throws Exception {
        String bilaga = skrivMedBilaga();
        String anteckning = enda(arendeId);
        long fore = jdbc.sql("select count(*) from atkomstlogg where arende_id = :a::uuid")
                .param("a", arendeId)
                .query(Long.class)
                .single();

        mvc.perform(get("/arenden/{id}/journal", arendeId).with(som("revisor"))).andExpect(status().isOk());
        mvc.perform(get("/arenden/{id}/journal/{a}", arendeId, anteckning).with(som("revisor")))
                .andExpect(status().isOk());
        mvc.perform(get(bilaga).with(som("revisor"))).andExpect(status().isOk());

        List<String> rader =
                jdbc.sql("""
                        select handling || ' ' || beskrivning from atkomstlogg where arende_id = :a::uuid and anvandarnamn = 'revisor'
                         order by id""").param("a", arendeId).query(String.class).list();
        assertThat(rader)
                .containsExactly(
                        "LAS Journalen",
                        "LAS Journalanteckning " + anteckning,
                        "LAS Journalbilaga " + bilaga.substring(bilaga.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from atkomstlogg where arende_id = :a::uuid")
                        .param("a", arendeId)
                        .query(Long.class)
                        .single())
                .isEqualTo(fore + 3);
        assertThat(jdbc.sql(
                                "select count(*) from atkomstlogg where arende_id = :a::uuid and anvandarnamn = 'revisor' and person_id is null")
                        .param("a", arendeId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * DESIGN decision 13, SOSFS 2014:5: a signed note and its attachments cannot be changed or deleted, not even by SQL
     * as the application's own database user (the trigger of V22, as the lex Sarah tables have in V17).
     */
    @Test
    void aSignedNoteCannotBeChangedOrDeletedBySqlAsTheApplicationsDatabaseUser() throws Exception {
        skrivMedBilaga();
        String anteckning = enda(arendeId);
        String fore = radsumma(anteckning);

        OforanderligTabell.vagrar(
                jdbc,
                "ändras eller raderas aldrig",
                "a",
                anteckning,
                "update journalanteckning set text = 'Omskrivet i efterhand' where id = :a::uuid",
                "delete from journalanteckning where id = :a::uuid",
                "update journalbilaga set innehall = 'x'::bytea where anteckning_id = :a::uuid",
                "delete from journalbilaga where anteckning_id = :a::uuid",
                "truncate journalbilaga");

        assertThat(radsumma(anteckning)).isEqualTo(fore);
    }

    /**
     * No endpoint changes a signed note: the journal's addresses take GET, and POST only to write a new note or a
     * correction (a new row); the other methods are refused; and after every one of them the note is as it was.
     */
    @Test
    void noEndpointChangesASignedNote() throws Exception {
        Set<String> journalensAdresser = new TreeSet<>();
        handlerMapping
                .getHandlerMethods()
                .forEach((info, metod) -> info.getPatternValues().stream()
                        .filter(monster -> monster.contains("/journal"))
                        .forEach(monster -> {
                            Set<RequestMethod> metoder =
                                    info.getMethodsCondition().getMethods();
                            assertThat(metoder).as(monster).hasSize(1);
                            journalensAdresser.add(metoder.iterator().next() + " " + monster);
                        }));
        assertThat(journalensAdresser)
                .containsExactlyInAnyOrder(
                        "GET /arenden/{id}/journal",
                        "POST /arenden/{id}/journal",
                        "GET /arenden/{id}/journal/{anteckning}",
                        "POST /arenden/{id}/journal/{anteckning}/rattelse",
                        "GET /arenden/{id}/journal/{anteckning}/bilagor/{bilaga}");

        String bilaga = skrivMedBilaga();
        String anteckning = enda(arendeId);
        String fore = radsumma(anteckning);
        String notAdress = "/arenden/" + arendeId + "/journal/" + anteckning;
        mvc.perform(put(notAdress)
                        .param("text", "Ändrad")
                        .with(som("handlaggare.lss"))
                        .with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete(notAdress).with(som("handlaggare.lss")).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete(bilaga).with(som("handlaggare.lss")).with(csrf())).andExpect(status().isMethodNotAllowed());
        mvc.perform(multipart(notAdress)
                        .param("text", "Ändrad")
                        .with(som("handlaggare.lss"))
                        .with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(anteckning(
                                arendeId,
                                idag,
                                "SAMTAL",
                                "En annan anteckning.",
                                UUID.randomUUID().toString())
                        .with(som("handlaggare.lss")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(notAdress + "/rattelse")
                        .param("handelsedatum", idag.toString())
                        .param("slag", "SAMTAL")
                        .param("text", "Rättelsen.")
                        .param("token", UUID.randomUUID().toString())
                        .with(som("handlaggare.lss"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(radsumma(anteckning)).isEqualTo(fore);
        assertThat(antal(arendeId)).isEqualTo(3);
    }

    @Test
    void everyKindOfNoteHasANameInSwedishAndEnglish() throws Exception {
        for (String fil : List.of("messages.properties", "messages_en.properties")) {
            java.util.Properties texter = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(fil)) {
                texter.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Anteckningsslag slag : Anteckningsslag.values()) {
                assertThat(texter).as(fil).containsKey("anteckningsslag." + slag.name());
            }
        }
    }

    // --- helpers

    private RequestPostProcessor som(String anvandarnamn) {
        return user(anvandare.loadUserByUsername(anvandarnamn));
    }

    private MockMultipartHttpServletRequestBuilder anteckning(
            String arende, LocalDate datum, String slag, String text, String token) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/arenden/{id}/journal", arende)
                .param("handelsedatum", datum.toString())
                .param("slag", slag)
                .param("text", text)
                .param("token", token)
                .with(csrf());
    }

    private void skriv(LocalDate datum, String slag, String text) throws Exception {
        mvc.perform(anteckning(arendeId, datum, slag, text, UUID.randomUUID().toString())
                        .with(som("handlaggare.lss")))
                .andExpect(flash().attribute("meddelande", "journal.sparad"));
    }

    /** Writes a note with a PDF attached; the attachment's address. */
    private String skrivMedBilaga() throws Exception {
        mvc.perform(anteckning(
                                arendeId,
                                idag,
                                "INKOMMEN_HANDLING",
                                "Intyg inkom.",
                                UUID.randomUUID().toString())
                        .file(new MockMultipartFile("bilagor", "intyg.pdf", "application/pdf", Testfiler.pdf()))
                        .with(som("handlaggare.lss")))
                .andExpect(flash().attribute("meddelande", "journal.sparad"));
        Map<String, Object> rad = jdbc.sql("""
                        select a.id as anteckning, b.id as bilaga from journalbilaga b join journalanteckning a on a.id = b.anteckning_id
                         where a.arende_id = :a::uuid order by a.signerad desc limit 1""").param("a", arendeId).query().singleRow();
        return "/arenden/" + arendeId + "/journal/" + rad.get("anteckning") + "/bilagor/" + rad.get("bilaga");
    }

    /** The one note with an attachment, or the only note, of the case. */
    private String enda(String arende) {
        return jdbc.sql("""
                        select a.id::text from journalanteckning a where a.arende_id = :a::uuid
                         order by exists (select 1 from journalbilaga b where b.anteckning_id = a.id) desc, a.signerad limit 1""").param("a", arende).query(String.class).single();
    }

    private long antal(String arende) {
        return jdbc.sql("select count(*) from journalanteckning where arende_id = :a::uuid")
                .param("a", arende)
                .query(Long.class)
                .single();
    }

    /** A checksum of the note's row and its attachments' rows. */
    private String radsumma(String anteckning) {
        return jdbc.sql("""
                        select md5(a::text || coalesce((select string_agg(b::text, '|' order by b.ordning) from journalbilaga b
                                                         where b.anteckning_id = a.id), ''))
                          from journalanteckning a where a.id = :a::uuid""").param("a", anteckning).query(String.class).single();
    }

    private long loggat(String arende, String anvandarnamn, String handling, String beskrivning) {
        return jdbc.sql("""
                        select count(*) from atkomstlogg where arende_id = :a::uuid and anvandarnamn = :u and handling = :h
                           and beskrivning = :b""")
                .param("a", arende)
                .param("u", anvandarnamn)
                .param("h", handling)
                .param("b", beskrivning)
                .query(Long.class)
                .single();
    }

    private static String token(String sida) {
        Matcher matcher = TOKEN.matcher(sida);
        assertThat(matcher.find()).as("a token in the form").isTrue();
        return matcher.group(1);
    }

    /** A note's form with one attachment, through the real server (its multipart limits, the CSRF token in the body). */
    private HttpResponse<String> postaMultipart(HttpSession session, String adress, String filnamn, byte[] innehall) {
        Map<String, String> falt = new java.util.LinkedHashMap<>();
        falt.put("handelsedatum", idag.toString());
        falt.put("slag", "INKOMMEN_HANDLING");
        falt.put("text", "Stort intyg.");
        falt.put("token", UUID.randomUUID().toString());
        return session.postMultipart(adress, falt, "bilagor", filnamn, "application/pdf", innehall);
    }

    /** A synthetic personnummer of Skatteverket's test series (born 1962–1998, serial 980–999). */
    private static String personnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        String utan = String.format(
                "%02d%02d%02d%03d",
                slump.nextInt(62, 99), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20));
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utan.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utan.substring(0, 6) + "-" + utan.substring(6) + (10 - summa % 10) % 10;
    }
}
