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

    Gallringsfixtur fixtur;
    Testkorningar testkorningar;
    String deployment;

    @BeforeEach
    void forbered() {
        Testkonton.skapaKonto(jdbc, ANDRA_ADMIN, "Frida Förstörare (test)", "SOCFORV", Roll.ADMIN);
        fixtur = new Gallringsfixtur(jdbc);
        testkorningar = new Testkorningar(gallringsdatum, regler, korningar, clock);
        // two processes of a case, as the engine keeps them: one ended, one still waiting (no TTL, as the case processes)
        deployment = repository.createDeployment().name("gallringstest")
                .addModelInstance("gallringstest_klar.bpmn", Bpmn.createExecutableProcess("gallringstest_klar").startEvent()
                        .endEvent().done())
                .addModelInstance("gallringstest_vantar.bpmn", Bpmn.createExecutableProcess("gallringstest_vantar").startEvent()
                        .receiveTask("Vanta").endEvent().done())
                .deploy().getId();
    }

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
        Map<String, Long> solsRaderFore = fixtur.raderSomNamner(List.of(solArende.id(), sol, solBeslut), "arende_id", "person_id",
                "beslut_id");
        assertThat(solsRaderFore.keySet()).as("the fixture's file has rows in every module").contains("aktualisering",
                "utredning", "beslut", "beslutsbrev", "bestallning", "uppfoljning", "journalanteckning", "sip", "utskrivning",
                "uppgift", "handling", "formularsvar", "skickad_epost", "ivo_rapportrad", "utford_tid", "narvaro",
                "ej_verkstallt", "person_adress", "person_adressandring", "person_skyddsandring", "ivo_pseudonym", "atkomstlogg");

        Korning k = testkorningar.foresla(dag, DemoKonton.ADMIN, alla);
        Map<UUID, Korningsregister.Akt> akter = korningar.akter(k.id()).stream()
                .collect(Collectors.toMap(Korningsregister.Akt::personId, a -> a));
        assertThat(akter.get(sol).utfall()).isEqualTo(se.tillit.gallring.Aktbedomning.Utfall.GALLRAS);
        assertThat(akter.get(placerad).utfall()).isEqualTo(se.tillit.gallring.Aktbedomning.Utfall.BEVARAS);
        assertThat(akter).doesNotContainKey(oppen);
        bekrafta(k.id());
        vantaPaForstoringen(k.id(), 3);

        // the due files are gone from every module; the person row too, and with it the personnummer
        assertThat(fixtur.raderSomNamner(List.of(solArende.id(), sol, solBeslut), "arende_id", "person_id", "beslut_id",
                "tidigare_arende_id", "nytt_beslut_id")).as("rows naming the SoL file after the destruction")
                .containsOnlyKeys("gallringsakt", "gallringsgrund", "gallringsforstoring", "gallringsforstoring_arende",
                        "gallringsforstoring_rad", "gallringstillstand");
        assertThat(finns("person", sol)).isFalse();
        assertThat(finns("arende", lssArende.id())).isFalse();
        assertThat(finns("person", lss)).isFalse();
        assertThat(jdbc.sql("select count(*) from journalbilaga b where not exists (select 1 from journalanteckning j where j.id = b.anteckning_id)")
                .query(Long.class).single()).as("no attachment outlives its note").isZero();
        // the engine's history of the case (C1 item 18)
        assertThat(jdbc.sql("select count(*) from act_hi_procinst where business_key_ = :n or id_ = :p")
                .param("n", solArende.nummer()).param("p", solProcess).query(Long.class).single()).isZero();
        for (String tabell : List.of("act_hi_actinst", "act_hi_varinst", "act_hi_detail", "act_hi_taskinst", "act_hi_op_log",
                "act_hi_decinst", "act_hi_incident", "act_hi_job_log:process_instance_id_", "act_hi_procinst:root_proc_inst_id_")) {
            String[] delar = (tabell + ":proc_inst_id_").split(":");
            assertThat(jdbc.sql("select count(*) from " + delar[0] + " where " + delar[1] + " = :p").param("p", solProcess)
                    .query(Long.class).single()).as(tabell).isZero();
        }
        // IVO's pseudonym stays reserved, naming no one
        assertThat(jdbc.sql("select count(*) from ivo_pseudonym where person_id = :p").param("p", sol).query(Long.class).single())
                .isZero();
        // the access log: no row names the person or the case, the rows are pseudonymised, and the chain holds
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg
                         where person_id in (:p) or arende_id in (:a) or personer && cast(:arr as uuid[])""")
                .param("p", List.of(sol, lss)).param("a", List.of(solArende.id(), lssArende.id(), lexSarahArende.id()))
                .param("arr", new UUID[] {sol, lss}).query(Long.class).single()).isZero();
        // the SoL person's read and the list that showed them, the lex Sarah person's read of their case
        assertThat(pseudonymiserade()).isEqualTo(pseudonymiseradeFore + 3);
        while (kedja.forsegla() > 0) {
            // until every committed row is sealed
        }
        assertThat(kedja.kontrollera().hel()).as("the chain verifies after the destruction").isTrue();

        // the kept files and the open case are untouched
        for (UUID kvar : List.of(placerad, utredd, forskning, stopp, oppen)) {
            assertThat(finns("person", kvar)).isTrue();
            assertThat(jdbc.sql("select count(*) from arende where person_id = :p").param("p", kvar).query(Long.class).single())
                    .isOne();
        }
        assertThat(finns("arende", placering.id())).isTrue();
        // a lex Sarah report keeps the person: their case went, they did not, and the log names them still
        assertThat(finns("arende", lexSarahArende.id())).isFalse();
        assertThat(finns("person", lexSarah)).isTrue();

        // the report: per person and case, what went and how many rows of each kind, when, in which run
        Map<UUID, Forstoring> forsok = new Forstoringsregister(jdbc).forKorning(k.id()).stream()
                .collect(Collectors.toMap(Forstoring::personId, f -> f));
        assertThat(forsok).containsOnlyKeys(sol, lss, lexSarah);
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
        assertThat(solsRader).containsEntry("arende", 1).containsEntry("journalanteckning", 1).containsEntry("journalbilaga", 1)
                .containsEntry("beslutsbrev", 1).containsEntry("beslut", 1).containsEntry("utredningstext", 1)
                .containsEntry("bestallning", 1).containsEntry("uppgift", 1).containsEntry("formularsvar", 1)
                .containsEntry("ivo_rapportrad", 1).containsEntry("sip", 1).containsEntry("utskrivning", 1)
                .containsEntry("event_publication", 1).containsEntry("motor.processinstans", 1);
        assertThat(solForsok.personensRader()).extracting(Forstoring.Rad::slag).contains("person", "person_adress",
                "person_adressandring", "person_skyddsandring", "ivo_pseudonym_frikopplad");
        assertThat(forsok.get(lexSarah).personenGallrad()).isFalse();
        assertThat(forsok.get(lexSarah).orsak()).isEqualTo(Forstoring.LEX_SARAH);
        // every kind of row a destruction reports has a text in both message files
        for (String fil : List.of("messages.properties", "messages_en.properties")) {
            Properties texter = texter(fil);
            forsok.values().stream().flatMap(f -> f.rader().stream()).map(Forstoring.Rad::slag).distinct()
                    .forEach(slag -> assertThat(texter).as(fil).containsKey("gallring.rad." + slag));
        }

        // the pages: the auditor reads what was destroyed; the destroyed person is named by no personnummer
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);
        String rapport = revisor.get("/gallringsrapporter/" + k.id()).body();
        assertThat(rapport).contains("Förstörd", "personen är borttagen", "journalanteckningar 1", "processer i motorn 1",
                "en lex Sarah-rapport nämner personen", "Akter förstörda helt eller delvis: 3").doesNotContain(solPnr);
        String csv = revisor.get("/gallringsrapporter/" + k.id() + ".csv").body();
        assertThat(csv).contains("forstoring;forstord;arendet_gallrat;orsak;rader;personen_gallrad;loggrader", "GALLRAD",
                "journalanteckning=1").doesNotContain(solPnr);
        assertThat(HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD).get("/admin/gallring").body())
                .contains("Gallringen är klar").doesNotContain("görs i en senare version");
        // the report is kept: the database refuses to change what the destruction recorded
        assertThatThrownBy(() -> jdbc.sql("delete from gallringsforstoring where korning_id = :k").param("k", k.id()).update())
                .hasMessageContaining("Gallring");
        // and the grants are spent: another transaction cannot delete a kept file's journal (still there)
        assertThat(jdbc.sql("select count(*) from journalanteckning where arende_id = :a").param("a", placering.id())
                .query(Long.class).single()).isOne();
        assertThatThrownBy(() -> jdbc.sql("delete from journalanteckning where arende_id = :a").param("a", placering.id()).update())
                .hasMessageContaining("Journalen");
    }

    @Test
    void aFailureForOnePersonRollsBackThatPersonOnly_isReportedWithItsReason_andARetryFinishesIt() {
        LocalDate nyss = LocalDate.now(clock).minusDays(10);
        UUID haller = fixtur.person(1981, 12);
        Gallringsfixtur.Arendet hallerArende = fixtur.arende(haller, "VUX", "VUXEN", nyss);
        fixtur.heltArende(hallerArende, "VUX");
        // the engine still runs a process of the case: the destruction of this person must stop and roll back
        ProcessInstance vantar = runtime.startProcessInstanceByKey("gallringstest_vantar", hallerArende.nummer(),
                Map.of("arendeId", hallerArende.id().toString()));
        UUID annan = fixtur.person(1982, 12);
        Gallringsfixtur.Arendet annanArende = fixtur.arende(annan, "VUX", "VUXEN", nyss);
        fixtur.journalanteckning(annanArende, nyss.minusDays(5));
        Map<String, Long> fore = fixtur.raderSomNamner(List.of(hallerArende.id(), haller), "arende_id", "person_id");

        Korning k = testkorningar.foresla(LocalDate.now(clock).plusYears(6), DemoKonton.ADMIN, List.of(haller, annan));
        bekrafta(k.id());
        vantaPaForstoringen(k.id(), 2);

        List<Forstoring> forsok = new Forstoringsregister(jdbc).forKorning(k.id());
        Forstoring misslyckat = forsok.stream().filter(f -> f.personId().equals(haller)).findFirst().orElseThrow();
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
        assertThat(forsok).filteredOn(f -> f.personId().equals(annan)).singleElement()
                .extracting(Forstoring::utfall).isEqualTo(Forstoring.Utfall.GALLRAD);
        assertThat(finns("person", annan)).isFalse();
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.get("/gallringsrapporter/" + k.id()).body()).contains("Misslyckades, inget förstört",
                "en process för ärendet pågår i motorn");

        // the reason goes (the process ends), and an administrator tries again: now the file goes
        runtime.deleteProcessInstance(vantar.getId(), "test: the case is finished in the engine");
        HttpResponse<String> igen = admin.postForm("/admin/gallring/korningar/" + k.id() + "/forstoring", Map.of());
        assertThat(igen.statusCode()).as(igen.body()).isEqualTo(302);
        assertThat(finns("arende", hallerArende.id())).isFalse();
        assertThat(finns("person", haller)).isFalse();
        assertThat(new Forstoringsregister(jdbc).forKorning(k.id())).filteredOn(f -> f.personId().equals(haller))
                .extracting(Forstoring::utfall).containsExactly(Forstoring.Utfall.MISSLYCKAD, Forstoring.Utfall.GALLRAD);
        assertThat(admin.get("/gallringsrapporter/" + k.id()).body()).contains("Tidigare försök som misslyckades: 1");
        // idempotent: once more destroys nothing and records nothing
        admin.postForm("/admin/gallring/korningar/" + k.id() + "/forstoring", Map.of());
        assertThat(new Forstoringsregister(jdbc).forKorning(k.id())).hasSize(3);
        // the retry is ADMIN's, on a confirmed run only
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .postForm("/admin/gallring/korningar/" + k.id() + "/forstoring", Map.of()).statusCode()).isEqualTo(403);
        Korning oppen = testkorningar.foresla(LocalDate.now(clock).plusYears(6), DemoKonton.ADMIN, List.of(fixtur.person(1983, 12)));
        assertThat(admin.postForm("/admin/gallring/korningar/" + oppen.id() + "/forstoring", Map.of()).statusCode()).isEqualTo(409);
        while (kedja.forsegla() > 0) {
            // sealed
        }
        assertThat(kedja.kontrollera().hel()).isTrue();
    }

    /** The first administrator approves over HTTP, the second confirms: the destruction starts in the background. */
    private void bekrafta(UUID korning) {
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        HttpSession andra = HttpSession.browser(port, ANDRA_ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.postForm("/admin/gallring/korningar/" + korning + "/godkannande", Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> bekraftad = andra.postForm("/admin/gallring/korningar/" + korning + "/bekraftelse", Map.of());
        assertThat(bekraftad.statusCode()).as(bekraftad.body()).isEqualTo(302);
    }

    private void vantaPaForstoringen(UUID korning, int personer) {
        long slut = System.nanoTime() + VANTAN.toNanos();
        while (jdbc.sql("select count(distinct person_id) from gallringsforstoring where korning_id = :k").param("k", korning)
                .query(Long.class).single() < personer) {
            assertThat(System.nanoTime()).as("the destruction of run %s finished in time", korning).isLessThan(slut);
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
        return runtime.startProcessInstanceByKey("gallringstest_klar", arende.nummer(),
                Map.of("arendeId", arende.id().toString(), "personId", arende.personId().toString())).getId();
    }

    private boolean finns(String tabell, UUID id) {
        return jdbc.sql("select count(*) from " + tabell + " where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private long pseudonymiserade() {
        return jdbc.sql("select count(*) from atkomstlogg where pseudonymiserad is not null").query(Long.class).single();
    }

    private static Properties texter(String fil) throws IOException {
        Properties texter = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", fil)), StandardCharsets.UTF_8)) {
            texter.load(in);
        }
        return texter;
    }
}
