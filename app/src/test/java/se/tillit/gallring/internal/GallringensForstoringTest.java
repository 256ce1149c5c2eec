package se.tillit.gallring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.gallring.Gallringsdatum;
import se.tillit.gallring.Gallringsfixtur;
import se.tillit.gallring.Gallringsregler;
import se.tillit.revision.Loggkedja;
import se.tillit.sakerhet.Roll;

/**
 * The destruction (issue 18, docs/adr/0024; law-and-peers.md C1 items 17–18, C4 item 43): a run confirmed by two
 * administrators destroys exactly the files due, in every module, the engine's history and the attachments included, and
 * leaves the others (a child's placement, a child protection investigation before the 30th birthday, the research birth
 * day, a legal hold, an open case); the person row goes when nothing is left of them, and stays for a lex Sarah report;
 * the access log's rows are pseudonymised and the chain still verifies; the report says what was destroyed, per person
 * and case, and names no one afterwards. A failure for one person rolls back that person only, is reported with its
 * reason, and a retry finishes it.
 */
@TillitSpringTest
class GallringensForstoringTest {

    static final String ANDRA_ADMIN = "admin.forstoring";
    /** Run as of six years ahead: the test's cases, closed now, are then past their five years (the tests' own run). */
    static final Duration VANTAN = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Gallringsdatum gallringsdatum;

    @Autowired
    Gallringsregler regler;

    @Autowired
    Korningsregister korningar;

    @Autowired
    Loggkedja kedja;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Clock clock;

    @Value("${tillit.arkiv.utkorg}")
    Path utkorg;

    Gallringsfixtur fixtur;
    Testkorningar testkorningar;
    String deployment;

    @BeforeEach
    void forbered() {
        Testkonton.skapaKonto(jdbc, ANDRA_ADMIN, "Frida Förstörare (test)", "SOCFORV", Roll.ADMIN);
        fixtur = new Gallringsfixtur(jdbc);
        testkorningar = new Testkorningar(gallringsdatum, regler, korningar, clock);
        // two processes of a case, as the engine keeps them: one ended, one still waiting (no TTL, as the case
        // processes)
        deployment = repository
                .createDeployment()
                .name("gallringstest")
                .addModelInstance(
                        "gallringstest_klar.bpmn",
                        Bpmn.createExecutableProcess("gallringstest_klar")
                                .startEvent()
                                .endEvent()
                                .done())
                .addModelInstance(
                        "gallringstest_vantar.bpmn",
                        Bpmn.createExecutableProcess("gallringstest_vantar")
                                .startEvent()
                                .receiveTask("Vanta")
                                .endEvent()
                                .done())
                .deploy()
                .getId();
    }

    // kept: a deployment is the engine's, global (its processes and its waiting instance would outlive the test)
    @AfterEach
    void stad() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void aConfirmedRunDestroysExactlyTheDueFilesInEveryModule_leavesTheOthers_andTheReportSaysSo() throws IOException {
        LocalDate nyss = LocalDate.now(clock).minusDays(10);
        LocalDate dag = LocalDate.now(clock).plusYears(6);
        // C1 item 17: a SoL file, full: a row in every module, the engine's history, the access log's reads
        UUID sol = fixtur.person(1971, 12);
        Gallringsfixtur.Arendet solArende = fixtur.arende(sol, "VUX", "VUXEN", nyss);
        UUID solBeslut = fixtur.heltArende(solArende, "VUX");
        String solProcess = avslutadProcess(solArende);
        UUID lss = fixtur.person(1972, 12);
        Gallringsfixtur.Arendet lssArende = fixtur.arende(lss, "LSS", "LSS", nyss);
        fixtur.beslut(lssArende, "LSS_KORTTIDSVISTELSE", "BIFALL", "LSS");
        fixtur.journalanteckning(lssArende, nyss.minusDays(20));
        // a child's placement (16 kap. 2 §: never)
        UUID placerad = fixtur.person(2011, 12);
        Gallringsfixtur.Arendet placering = fixtur.arende(placerad, "BOU", "BARN_OCH_UNGA", nyss);
        fixtur.aktualisering(placering, "LEDER_TILL_UTREDNING");
        fixtur.beslut(placering, "SOL_PLACERING_BARN", "BIFALL", "SOL");
        fixtur.journalanteckning(placering, nyss.minusDays(30));
        // a child protection investigation closed after 2026-01-15 (16 kap. 2 a §: not before the 30th birthday, 2040)
        UUID utredd = fixtur.person(2010, 12);
        fixtur.aktualisering(fixtur.arende(utredd, "BOU", "BARN_OCH_UNGA", nyss), "LEDER_TILL_UTREDNING");
        // the research sample (born on the 15th), a legal hold, an open case
        UUID forskning = fixtur.person(1973, 15);
        fixtur.arende(forskning, "VUX", "VUXEN", nyss);
        UUID stopp = fixtur.person(1974, 12);
        fixtur.arende(stopp, "VUX", "VUXEN", nyss);
        fixtur.gallringsstopp(stopp, "Pågående mål (test)");
        UUID oppen = fixtur.person(1975, 12);
        fixtur.arende(oppen, "VUX", "VUXEN", null);
        // a due file of a person a lex Sarah report names: the case goes, the person stays
        UUID lexSarah = fixtur.person(1977, 12);
        Gallringsfixtur.Arendet lexSarahArende = fixtur.arende(lexSarah, "VUX", "VUXEN", nyss);
        fixtur.lasningar(lexSarahArende);
        fixtur.lexSarahRapport(lexSarah);
        List<UUID> alla = List.of(sol, lss, placerad, utredd, forskning, stopp, oppen, lexSarah);
        String solPnr = fixtur.personnummer(sol);
        long pseudonymiseradeFore = pseudonymiserade();
        Map<String, Long> solsRaderFore =
                fixtur.raderSomNamner(List.of(solArende.id(), sol, solBeslut), "arende_id", "person_id", "beslut_id");
        assertThat(solsRaderFore.keySet())
                .as("the fixture's file has rows in every module")
                .contains(
                        "aktualisering",
                        "utredning",
                        "beslut",
                        "beslutsbrev",
                        "bestallning",
                        "uppfoljning",
                        "journalanteckning",
                        "sip",
                        "utskrivning",
                        "uppgift",
                        "handling",
                        "formularsvar",
                        "skickad_epost",
                        "ivo_rapportrad",
                        "utford_tid",
                        "narvaro",
                        "ej_verkstallt",
                        "person_adress",
                        "person_adressandring",
                        "person_skyddsandring",
                        "ivo_pseudonym",
                        "atkomstlogg");

        Korning k = testkorningar.foresla(dag, DemoKonton.ADMIN, alla);
        Map<UUID, Korningsregister.Akt> akter =
                korningar.akter(k.id()).stream().collect(Collectors.toMap(Korningsregister.Akt::personId, a -> a));
        assertThat(akter.get(sol).utfall()).isEqualTo(se.tillit.gallring.Aktbedomning.Utfall.GALLRAS);
        assertThat(akter.get(placerad).utfall()).isEqualTo(se.tillit.gallring.Aktbedomning.Utfall.BEVARAS);
        assertThat(akter).doesNotContainKey(oppen);
        bekrafta(k.id());
        // the three due files, and the research file, which is delivered to the e-archive (the test below)
        vantaPaForstoringen(k.id(), 4);

        // the due files are gone from every module; the person row too, and with it the personnummer
        assertThat(fixtur.raderSomNamner(
                        List.of(solArende.id(), sol, solBeslut),
                        "arende_id",
                        "person_id",
                        "beslut_id",
                        "tidigare_arende_id",
                        "nytt_beslut_id"))
                .as("rows naming the SoL file after the destruction")
                .containsOnlyKeys(
                        "gallringsakt",
                        "gallringsgrund",
                        "gallringsforstoring",
                        "gallringsforstoring_arende",
                        "gallringsforstoring_rad",
                        "gallringstillstand");
        assertThat(finns("person", sol)).isFalse();
        assertThat(finns("arende", lssArende.id())).isFalse();
        assertThat(finns("person", lss)).isFalse();
        assertThat(jdbc.sql(
                                "select count(*) from journalbilaga b where not exists (select 1 from journalanteckning j where j.id = b.anteckning_id)")
                        .query(Long.class)
                        .single())
                .as("no attachment outlives its note")
                .isZero();
        // the engine's history of the case (C1 item 18)
        assertThat(jdbc.sql("select count(*) from act_hi_procinst where business_key_ = :n or id_ = :p")
                        .param("n", solArende.nummer())
                        .param("p", solProcess)
                        .query(Long.class)
                        .single())
                .isZero();
        for (String tabell : List.of(
                "act_hi_actinst",
                "act_hi_varinst",
                "act_hi_detail",
                "act_hi_taskinst",
                "act_hi_op_log",
                "act_hi_decinst",
                "act_hi_incident",
                "act_hi_job_log:process_instance_id_",
                "act_hi_procinst:root_proc_inst_id_")) {
            String[] delar = (tabell + ":proc_inst_id_").split(":");
            assertThat(jdbc.sql("select count(*) from " + delar[0] + " where " + delar[1] + " = :p")
                            .param("p", solProcess)
                            .query(Long.class)
                            .single())
                    .as(tabell)
                    .isZero();
        }
        // IVO's pseudonym stays reserved, naming no one
        assertThat(jdbc.sql("select count(*) from ivo_pseudonym where person_id = :p")
                        .param("p", sol)
                        .query(Long.class)
                        .single())
                .isZero();
        // the access log: no row names the person or the case, the rows are pseudonymised, and the chain holds
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg
                         where person_id in (:p) or arende_id in (:a) or personer && cast(:arr as uuid[])""")
                        .param("p", List.of(sol, lss))
                        .param("a", List.of(solArende.id(), lssArende.id(), lexSarahArende.id()))
                        .param("arr", new UUID[] {sol, lss})
                        .query(Long.class)
                        .single())
                .isZero();
        // the SoL person's read and the list that showed them, the lex Sarah person's read of their case
        assertThat(pseudonymiserade()).isEqualTo(pseudonymiseradeFore + 3);
        while (kedja.forsegla() > 0) {
            // until every committed row is sealed
        }
        assertThat(kedja.kontrollera().hel())
                .as("the chain verifies after the destruction")
                .isTrue();

        // the kept files and the open case are untouched
        for (UUID kvar : List.of(placerad, utredd, forskning, stopp, oppen)) {
            assertThat(finns("person", kvar)).isTrue();
            assertThat(jdbc.sql("select count(*) from arende where person_id = :p")
                            .param("p", kvar)
                            .query(Long.class)
                            .single())
                    .isOne();
        }
        assertThat(finns("arende", placering.id())).isTrue();
        // a lex Sarah report keeps the person: their case went, they did not, and the log names them still
        assertThat(finns("arende", lexSarahArende.id())).isFalse();
        assertThat(finns("person", lexSarah)).isTrue();

        // the report: per person and case, what went and how many rows of each kind, when, in which run
        Map<UUID, Forstoring> forsok = new Forstoringsregister(jdbc)
                .forKorning(k.id()).stream().collect(Collectors.toMap(Forstoring::personId, f -> f));
        assertThat(forsok).containsOnlyKeys(sol, lss, lexSarah, forskning);
        assertThat(forsok.get(forskning).utfall()).isEqualTo(Forstoring.Utfall.BEVARAD);
        assertThat(forsok.get(forskning).arkivering()).isNotNull();
        assertThat(forsok.values())
                .filteredOn(f -> !f.personId().equals(forskning))
                .allMatch(f -> f.arkivering() == null && f.arkivarenden().isEmpty());
        Forstoring solForsok = forsok.get(sol);
        assertThat(solForsok.utfall()).isEqualTo(Forstoring.Utfall.GALLRAD);
        assertThat(solForsok.personenGallrad()).isTrue();
        assertThat(solForsok.loggrader()).isEqualTo(2);
        assertThat(solForsok.arenden()).singleElement().satisfies(a -> {
            assertThat(a.arendeId()).isEqualTo(solArende.id());
            assertThat(a.gallrat()).isTrue();
        });
        Map<String, Integer> solsRader = solForsok.rader(solArende.id()).stream()
                .collect(Collectors.toMap(Forstoring.Rad::slag, Forstoring.Rad::antal));
        assertThat(solsRader)
                .containsEntry("arende", 1)
                .containsEntry("journalanteckning", 1)
                .containsEntry("journalbilaga", 1)
                .containsEntry("beslutsbrev", 1)
                .containsEntry("beslut", 1)
                .containsEntry("utredningstext", 1)
                .containsEntry("bestallning", 1)
                .containsEntry("uppgift", 1)
                .containsEntry("formularsvar", 1)
                .containsEntry("ivo_rapportrad", 1)
                .containsEntry("sip", 1)
                .containsEntry("utskrivning", 1)
                .containsEntry("event_publication", 1)
                .containsEntry("motor.processinstans", 1);
        assertThat(solForsok.personensRader())
                .extracting(Forstoring.Rad::slag)
                .contains(
                        "person",
                        "person_adress",
                        "person_adressandring",
                        "person_skyddsandring",
                        "ivo_pseudonym_frikopplad");
        assertThat(forsok.get(lexSarah).personenGallrad()).isFalse();
        assertThat(forsok.get(lexSarah).orsak()).isEqualTo(Forstoring.LEX_SARAH);
        // every kind of row a destruction reports has a text in both message files
        for (String fil : List.of("messages.properties", "messages_en.properties")) {
            Properties texter = texter(fil);
            forsok.values().stream()
                    .flatMap(f -> f.rader().stream())
                    .map(Forstoring.Rad::slag)
                    .distinct()
                    .forEach(slag -> assertThat(texter).as(fil).containsKey("gallring.rad." + slag));
        }

        // the pages: the auditor reads what was destroyed; the destroyed person is named by no personnummer
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);
        String rapport = revisor.get("/gallringsrapporter/" + k.id()).body();
        assertThat(rapport)
                .contains(
                        "Förstörd",
                        "personen är borttagen",
                        "journalanteckningar 1",
                        "processer i motorn 1",
                        "en lex Sarah-rapport nämner personen",
                        "Akter förstörda helt eller delvis: 3")
                .doesNotContain(solPnr);
        String csv = revisor.get("/gallringsrapporter/" + k.id() + ".csv").body();
        assertThat(csv)
                .contains(
                        "forstoring;forstord;arendet_gallrat;orsak;rader;personen_gallrad;loggrader",
                        "GALLRAD",
                        "journalanteckning=1")
                .doesNotContain(solPnr);
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/admin/gallring")
                        .body())
                .contains("Gallringen är klar")
                .doesNotContain("görs i en senare version");
        // the report is kept: the database refuses to change what the destruction recorded
        assertThatThrownBy(() -> jdbc.sql("delete from gallringsforstoring where korning_id = :k")
                        .param("k", k.id())
                        .update())
                .hasMessageContaining("Gallring");
        // and the grants are spent: another transaction cannot delete a kept file's journal (still there)
        assertThat(jdbc.sql("select count(*) from journalanteckning where arende_id = :a")
                        .param("a", placering.id())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThatThrownBy(() -> jdbc.sql("delete from journalanteckning where arende_id = :a")
                        .param("a", placering.id())
                        .update())
                .hasMessageContaining("Journalen");
    }

    @Test
    void aFailureForOnePersonRollsBackThatPersonOnly_isReportedWithItsReason_andARetryFinishesIt() {
        LocalDate nyss = LocalDate.now(clock).minusDays(10);
        UUID haller = fixtur.person(1981, 12);
        Gallringsfixtur.Arendet hallerArende = fixtur.arende(haller, "VUX", "VUXEN", nyss);
        fixtur.heltArende(hallerArende, "VUX");
        // the engine still runs a process of the case: the destruction of this person must stop and roll back
        ProcessInstance vantar = runtime.startProcessInstanceByKey(
                "gallringstest_vantar",
                hallerArende.nummer(),
                Map.of("arendeId", hallerArende.id().toString()));
        UUID annan = fixtur.person(1982, 12);
        Gallringsfixtur.Arendet annanArende = fixtur.arende(annan, "VUX", "VUXEN", nyss);
        fixtur.journalanteckning(annanArende, nyss.minusDays(5));
        Map<String, Long> fore = fixtur.raderSomNamner(List.of(hallerArende.id(), haller), "arende_id", "person_id");

        Korning k = testkorningar.foresla(LocalDate.now(clock).plusYears(6), DemoKonton.ADMIN, List.of(haller, annan));
        bekrafta(k.id());
        vantaPaForstoringen(k.id(), 2);

        List<Forstoring> forsok = new Forstoringsregister(jdbc).forKorning(k.id());
        Forstoring misslyckat = forsok.stream()
                .filter(f -> f.personId().equals(haller))
                .findFirst()
                .orElseThrow();
        assertThat(misslyckat.utfall()).isEqualTo(Forstoring.Utfall.MISSLYCKAD);
        assertThat(misslyckat.orsak()).isEqualTo("PROCESS_PAGAR");
        assertThat(misslyckat.detalj()).contains(vantar.getId()).doesNotContain("Gallringsson");
        // rolled back: every row of the failed person's file is still there, the grants included
        Map<String, Long> efter = fixtur.raderSomNamner(List.of(hallerArende.id(), haller), "arende_id", "person_id");
        efter.keySet().removeIf(t -> t.startsWith("gallring"));
        Map<String, Long> foreUtanGallring = new java.util.TreeMap<>(fore);
        foreUtanGallring.keySet().removeIf(t -> t.startsWith("gallring"));
        assertThat(efter).isEqualTo(foreUtanGallring);
        // the others went on
        assertThat(forsok)
                .filteredOn(f -> f.personId().equals(annan))
                .singleElement()
                .extracting(Forstoring::utfall)
                .isEqualTo(Forstoring.Utfall.GALLRAD);
        assertThat(finns("person", annan)).isFalse();
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.get("/gallringsrapporter/" + k.id()).body())
                .contains("Misslyckades, inget förstört", "en process för ärendet pågår i motorn");

        // the reason goes (the process ends), and an administrator tries again: now the file goes
        runtime.deleteProcessInstance(vantar.getId(), "test: the case is finished in the engine");
        HttpResponse<String> igen = admin.postForm("/admin/gallring/korningar/" + k.id() + "/forstoring", Map.of());
        assertThat(igen.statusCode()).as(igen.body()).isEqualTo(302);
        assertThat(finns("arende", hallerArende.id())).isFalse();
        assertThat(finns("person", haller)).isFalse();
        assertThat(new Forstoringsregister(jdbc).forKorning(k.id()))
                .filteredOn(f -> f.personId().equals(haller))
                .extracting(Forstoring::utfall)
                .containsExactly(Forstoring.Utfall.MISSLYCKAD, Forstoring.Utfall.GALLRAD);
        assertThat(admin.get("/gallringsrapporter/" + k.id()).body()).contains("Tidigare försök som misslyckades: 1");
        // idempotent: once more destroys nothing and records nothing
        admin.postForm("/admin/gallring/korningar/" + k.id() + "/forstoring", Map.of());
        assertThat(new Forstoringsregister(jdbc).forKorning(k.id())).hasSize(3);
        // the retry is ADMIN's, on a confirmed run only
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .postForm("/admin/gallring/korningar/" + k.id() + "/forstoring", Map.of())
                        .statusCode())
                .isEqualTo(403);
        Korning oppen = testkorningar.foresla(
                LocalDate.now(clock).plusYears(6), DemoKonton.ADMIN, List.of(fixtur.person(1983, 12)));
        assertThat(admin.postForm("/admin/gallring/korningar/" + oppen.id() + "/forstoring", Map.of())
                        .statusCode())
                .isEqualTo(409);
        while (kedja.forsegla() > 0) {
            // sealed
        }
        assertThat(kedja.kontrollera().hel()).isTrue();
    }

    /**
     * Archive before destruction (issue 18; SoL 16 kap. 4 §, SoF 13 kap. 1 §; C1 items 17–18; docs/adr/0024, 0025): a file
     * kept only because the person was born on a research day, and otherwise due, is delivered to the e-archive's outbox
     * by the confirmed run, in the person's transaction, and nothing of it is destroyed; a research-day file under a hold
     * is not delivered; the report says what was delivered, with the package and its SHA-256; a second run delivers
     * nothing again.
     */
    @Test
    void aResearchFileIsDeliveredToTheEArchiveOnce_andNothingOfItIsDestroyed() throws IOException {
        LocalDate nyss = LocalDate.now(clock).minusDays(10);
        UUID forskare = fixtur.person(1961, 5);
        Gallringsfixtur.Arendet forskarArende = fixtur.arende(forskare, "VUX", "VUXEN", nyss);
        fixtur.beslut(forskarArende, "SOL_BOENDESTOD", "BIFALL", "SOL");
        UUID anteckning = fixtur.journalanteckning(forskarArende, nyss.minusDays(20));
        UUID stoppad = fixtur.person(1963, 25);
        fixtur.arende(stoppad, "VUX", "VUXEN", nyss);
        fixtur.gallringsstopp(stoppad, "Begäran om utlämnande (test)");
        UUID vanlig = fixtur.person(1962, 12);
        fixtur.arende(vanlig, "VUX", "VUXEN", nyss);
        Map<String, Long> fore = utanGallringOchLogg(
                fixtur.raderSomNamner(List.of(forskare, forskarArende.id()), "arende_id", "person_id"));

        Korning k = testkorningar.foresla(
                LocalDate.now(clock).plusYears(6), DemoKonton.ADMIN, List.of(forskare, stoppad, vanlig));
        assertThat(korningar.akter(k.id()))
                .filteredOn(a -> a.personId().equals(forskare))
                .singleElement()
                .satisfies(a -> assertThat(a.grunder())
                        .extracting(se.tillit.gallring.Aktbedomning.Grund::regel)
                        .containsOnly("FORSKNING_SOL"));
        bekrafta(k.id());
        vantaPaForstoringen(k.id(), 2);

        // one package in the outbox, as the arkiv module writes it, with its row naming exactly the case
        List<Map<String, Object>> leveranser = leveranser(forskare);
        assertThat(leveranser).hasSize(1);
        Map<String, Object> leverans = leveranser.get(0);
        assertThat(leverans).containsEntry("levererad_av", "SYSTEM").containsEntry("antal_arenden", 1);
        assertThat((String) leverans.get("skal")).contains(k.id().toString(), ANDRA_ADMIN);
        assertThat(jdbc.sql("select arenden from arkivleverans where id = :id")
                        .param("id", leverans.get("id"))
                        .query((rs, n) -> (UUID[]) rs.getArray(1).getArray())
                        .single())
                .containsExactly(forskarArende.id());
        Path zip = utkorg.resolve((String) leverans.get("filnamn"));
        assertThat(zip).exists();
        assertThat(Files.readString(utkorg.resolve(leverans.get("filnamn") + ".sha256")))
                .startsWith(leverans.get("sha256") + "  ");
        // nothing of the file destroyed: every row that named it is still there (the delivery's own log row aside)
        assertThat(utanGallringOchLogg(
                        fixtur.raderSomNamner(List.of(forskare, forskarArende.id()), "arende_id", "person_id")))
                .isEqualTo(fore);
        assertThat(finns("journalanteckning", anteckning)).isTrue();
        // a hold keeps a research-day file out of the delivery as well; the due file beside them was destroyed
        assertThat(leveranser(stoppad)).isEmpty();
        assertThat(finns("person", vanlig)).isFalse();

        // the report, per person: delivered, the package and its SHA-256, when; per case
        Map<UUID, Forstoring> forsok = new Forstoringsregister(jdbc)
                .forKorning(k.id()).stream().collect(Collectors.toMap(Forstoring::personId, f -> f));
        assertThat(forsok).containsOnlyKeys(forskare, vanlig);
        Forstoring arkiverad = forsok.get(forskare);
        assertThat(arkiverad.utfall()).isEqualTo(Forstoring.Utfall.BEVARAD);
        assertThat(arkiverad.arenden()).as("nothing of it was due").isEmpty();
        assertThat(arkiverad.arkivering().paketId()).isEqualTo(leverans.get("paket_id"));
        assertThat(arkiverad.arkivering().sha256()).isEqualTo(leverans.get("sha256"));
        assertThat(arkiverad.arkivarenden()).singleElement().satisfies(a -> {
            assertThat(a.arendeId()).isEqualTo(forskarArende.id());
            assertThat(a.levererat()).isTrue();
        });
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);
        String rapport = revisor.get("/gallringsrapporter/" + k.id()).body();
        assertThat(rapport)
                .contains(
                        "Levererat till e-arkivet",
                        "Levererad",
                        (String) leverans.get("paket_id"),
                        (String) leverans.get("sha256"),
                        forskarArende.nummer() + "</span>:");
        String csv = revisor.get("/gallringsrapporter/" + k.id() + ".csv").body();
        assertThat(csv)
                .contains(
                        "arkiv_levererat;arkiv_orsak;arkiv_paket_id;arkiv_sha256;arkiv_levererad",
                        "\"ja\";\"\";\"" + leverans.get("paket_id") + "\";\"" + leverans.get("sha256") + "\";");
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/admin/gallring")
                        .body())
                .contains("id=\"arkiv-levererade\">1<");

        // a second run: the case was delivered after the file's last entry, and is not delivered again
        Korning andra = testkorningar.foresla(
                LocalDate.now(clock).plusYears(6).plusMonths(1), DemoKonton.ADMIN, List.of(forskare));
        bekrafta(andra.id());
        vantaPaForstoringen(andra.id(), 1);
        assertThat(leveranser(forskare)).hasSize(1);
        Forstoring igen = new Forstoringsregister(jdbc).forKorning(andra.id()).get(0);
        assertThat(igen.arkivering()).isNull();
        assertThat(igen.arkivarenden())
                .singleElement()
                .extracting(Forstoring.Arkivarende::orsak)
                .isEqualTo(Forstoring.Arkivarende.REDAN_LEVERERAD);
        assertThat(revisor.get("/gallringsrapporter/" + andra.id()).body())
                .contains("redan levererat, ingen ny anteckning sedan");
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD)
                        .get("/admin/gallring")
                        .body())
                .contains("id=\"arkiv-levererade\">0<");
    }

    /**
     * A delivery that fails (the outbox cannot be written) fails that person only: nothing delivered or destroyed for
     * them, the reason in the report, the other persons' destruction goes on; a retry, once the outbox is back, delivers.
     */
    @Test
    void aFailedDeliveryIsReportedForThatPerson_theOthersAreDestroyed_andARetryDelivers() throws IOException {
        LocalDate nyss = LocalDate.now(clock).minusDays(10);
        UUID forskare = fixtur.person(1964, 15);
        Gallringsfixtur.Arendet forskarArende = fixtur.arende(forskare, "VUX", "VUXEN", nyss);
        UUID vanlig = fixtur.person(1965, 12);
        Gallringsfixtur.Arendet vanligtArende = fixtur.arende(vanlig, "VUX", "VUXEN", nyss);

        Korning k =
                testkorningar.foresla(LocalDate.now(clock).plusYears(6), DemoKonton.ADMIN, List.of(forskare, vanlig));
        // the outbox is a file, not a directory: nothing can be written there (the tests run as root, so no chmod)
        Path undan = utkorg.resolveSibling(utkorg.getFileName() + "-undan-" + UUID.randomUUID());
        boolean fanns = Files.exists(utkorg);
        if (fanns) {
            Files.move(utkorg, undan);
        }
        try {
            Files.writeString(utkorg, "inte en katalog");
            bekrafta(k.id());
            vantaPaForstoringen(k.id(), 2);
        } finally {
            Files.deleteIfExists(utkorg);
            if (fanns) {
                Files.move(undan, utkorg);
            }
        }

        Map<UUID, Forstoring> forsok = new Forstoringsregister(jdbc)
                .forKorning(k.id()).stream().collect(Collectors.toMap(Forstoring::personId, f -> f));
        assertThat(forsok.get(forskare).utfall()).isEqualTo(Forstoring.Utfall.MISSLYCKAD);
        assertThat(forsok.get(forskare).orsak()).isEqualTo(Forstoring.ARKIV_UTKORG);
        assertThat(forsok.get(forskare).detalj()).contains("Utkorgen").doesNotContain("Gallringsson");
        assertThat(leveranser(forskare)).isEmpty();
        assertThat(finns("arende", forskarArende.id())).isTrue();
        assertThat(forsok.get(vanlig).utfall()).isEqualTo(Forstoring.Utfall.GALLRAD);
        assertThat(finns("arende", vanligtArende.id())).isFalse();
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.get("/gallringsrapporter/" + k.id()).body())
                .contains("Misslyckades", "utkorgen kunde inte skrivas");
        assertThat(admin.get("/admin/gallring").body()).contains("id=\"forsok-igen\"");

        // the outbox is back: the administrator's retry delivers, and the report keeps the failure
        HttpResponse<String> igen = admin.postForm("/admin/gallring/korningar/" + k.id() + "/forstoring", Map.of());
        assertThat(igen.statusCode()).as(igen.body()).isEqualTo(302);
        assertThat(leveranser(forskare)).hasSize(1);
        assertThat(new Forstoringsregister(jdbc).forKorning(k.id()))
                .filteredOn(f -> f.personId().equals(forskare))
                .extracting(f -> f.utfall() + " " + (f.arkivering() != null))
                .containsExactly("MISSLYCKAD false", "BEVARAD true");
        assertThat(finns("arende", forskarArende.id())).isTrue();
    }

    private List<Map<String, Object>> leveranser(UUID person) {
        return jdbc.sql("select * from arkivleverans where person_id = :p")
                .param("p", person)
                .query()
                .listOfRows();
    }

    /** The rows of the file without the report's own and the access log's (which the delivery writes to). */
    private static Map<String, Long> utanGallringOchLogg(Map<String, Long> rader) {
        Map<String, Long> utan = new java.util.TreeMap<>(rader);
        utan.keySet().removeIf(t -> t.startsWith("gallring") || t.equals("atkomstlogg") || t.equals("arkivleverans"));
        return utan;
    }

    /** The first administrator approves over HTTP, the second confirms: the destruction starts in the background. */
    private void bekrafta(UUID korning) {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpSession andra = HttpSession.browser(port, ANDRA_ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.postForm("/admin/gallring/korningar/" + korning + "/godkannande", Map.of())
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> bekraftad =
                andra.postForm("/admin/gallring/korningar/" + korning + "/bekraftelse", Map.of());
        assertThat(bekraftad.statusCode()).as(bekraftad.body()).isEqualTo(302);
    }

    private void vantaPaForstoringen(UUID korning, int personer) {
        long slut = System.nanoTime() + VANTAN.toNanos();
        while (jdbc.sql("select count(distinct person_id) from gallringsforstoring where korning_id = :k")
                        .param("k", korning)
                        .query(Long.class)
                        .single()
                < personer) {
            assertThat(System.nanoTime())
                    .as("the destruction of run %s finished in time", korning)
                    .isLessThan(slut);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A process of the case that has ended: its history is the case's, under the case number. */
    private String avslutadProcess(Gallringsfixtur.Arendet arende) {
        return runtime.startProcessInstanceByKey(
                        "gallringstest_klar",
                        arende.nummer(),
                        Map.of(
                                "arendeId",
                                arende.id().toString(),
                                "personId",
                                arende.personId().toString()))
                .getId();
    }

    private boolean finns(String tabell, UUID id) {
        return jdbc.sql("select count(*) from " + tabell + " where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long pseudonymiserade() {
        return jdbc.sql("select count(*) from atkomstlogg where pseudonymiserad is not null")
                .query(Long.class)
                .single();
    }

    private static Properties texter(String fil) throws IOException {
        Properties texter = new Properties();
        try (var in = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources", fil)), StandardCharsets.UTF_8)) {
            texter.load(in);
        }
        return texter;
    }
}
