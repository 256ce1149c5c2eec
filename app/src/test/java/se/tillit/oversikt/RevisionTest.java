package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.GynnandeLssBeslut;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.TillitSpringTest;
import se.tillit.drift.Csv;
import se.tillit.drift.Svensktid;
import se.tillit.motor.Formularflaggor;
import se.tillit.sakerhet.Roll;

/** The auditor: search (logged), the whole history of a case with reads included, exports, the access log. */
@TillitSpringTest
class RevisionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void theAuditorFindsACaseAndSeesItsWholeHistoryReadsIncluded() {
        HttpResponse<String> ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"19330303-9881","fornamn":"Rut","efternamn":"Revisionsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(
                                OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        String taskId = jdbc.sql("select task_id from uppgift where arendenummer = :n")
                .param("n", arendenummer)
                .query(String.class)
                .single();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        leo.postForm("/uppgifter/" + taskId + "/ta", Map.of());
        leo.postForm(
                "/uppgifter/" + taskId,
                Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan om ledsagarservice"));
        leo.get("/arenden/" + arendeId);
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);

        assertThat(revisor.postForm("/revision", java.util.Map.of("sok", arendenummer))
                        .body())
                .contains("/revision/arenden/" + arendeId);
        String pnrSokning = revisor.postForm("/revision", java.util.Map.of("sok", "19330303-9881"))
                .body();
        assertThat(pnrSokning).contains(arendenummer).doesNotContain("value=\"19330303-9881\"");
        // issue 16: a personnummer in an address searches nothing (the search is a POST)
        assertThat(revisor.get("/revision?sok=19330303-9881").body()).doesNotContain(arendenummer);
        assertThat(jdbc.sql("select count(*) from atkomstlogg where anvandarnamn = 'revisor' and handling = 'SOK'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);

        String historik = revisor.get("/revision/arenden/" + arendeId).body();
        assertThat(historik)
                .contains(
                        "Aktualisering inkom: Ansökan",
                        "Utfall: Leder till utredning",
                        "Ärende öppnat",
                        "Bedöm om aktualiseringen leder till utredning",
                        "Aktualisering: uppgift Tagen",
                        "Utredning inledd",
                        "Åtkomst: Läsning",
                        "Ärendesidan (LSS:HANDLAGGARE VUX:HANDLAGGARE)",
                        "Handling upprättad: Bedöm om aktualiseringen leder till utredning");

        HttpResponse<String> csv = revisor.get("/revision/arenden/" + arendeId + "/historik.csv");
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith(Csv.BOM + "tid;vem;vad;detalj").contains("\"Utfall: Leder till utredning\"");
        HttpResponse<String> json = revisor.get("/revision/arenden/" + arendeId + "/historik.json");
        assertThat(json.body()).startsWith("[").contains("\"vad\":\"Utredning inledd\"");
        assertThat(jdbc.sql(
                                "select count(*) from atkomstlogg where anvandarnamn = 'revisor' and handling = 'EXPORT' and arende_id = :a::uuid")
                        .param("a", arendeId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        String atkomst = revisor.get("/revision/atkomst?anvandare=handlaggare.lss&personnummer=19330303-9881")
                .body();
        assertThat(atkomst).contains("Ärendesidan", "handlaggare.lss").doesNotContain("Revision: export");
    }

    @Test
    void onlyTheAuditorSeesTheAuditAndTheAuditorChangesNothing() {
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .get("/revision")
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD)
                        .get("/revision/atkomst")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> registrera =
                HttpSession.api(port, DemoKonton.REVISOR, DemoKonton.LOSENORD).post("/api/aktualiseringar", """
                {"personnummer":"19121212-1212","arendetyp":"LSS","typ":"ANSOKAN","inkom":"2026-11-01T10:00:00+01:00",
                 "orsakskod":"X","enhet":"LSS"}""");
        assertThat(registrera.statusCode()).isEqualTo(403);
    }

    /**
     * C3 item 35, A7: who did each step, from where it is recorded (the decision, the delgivning: their records; the
     * start of the insats: the provider's row in the access log; the follow-up: who completed its task in the engine).
     * "Systemet" only for the engine's own steps. What the records keep as a day is shown as the day, where it was
     * registered, not at midnight before the case was opened that day.
     */
    @Test
    void theHistoryNamesWhoDidEachStepAndPutsADayOnlyEventWhereItWasRegistered() {
        LocalDate idag = LocalDate.now(Svensktid.ZON);
        GynnandeLssBeslut.Fall fall = new GynnandeLssBeslut(port, jdbc, taskService)
                .person("Vera", "Vemsson")
                .delgivet(idag);
        assertThat(HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                        .post("/api/beslut/" + fall.beslutId() + "/verkstallighet", "{\"verkstalld\":\"" + idag + "\"}")
                        .statusCode())
                .isEqualTo(204);
        String foljaUpp = taskService
                .createTaskQuery()
                .taskDefinitionKey(Formularflaggor.TASK_FOLJA_UPP)
                .processVariableValueEquals("beslutId", fall.beslutId())
                .singleResult()
                .getId();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        leo.postForm("/uppgifter/" + foljaUpp + "/ta", Map.of());
        assertThat(leo.postForm(
                                "/uppgifter/" + foljaUpp,
                                Map.of("resultat", "FORTSATT", "anteckning", "Insatsen fungerar."))
                        .statusCode())
                .isEqualTo(302);

        List<List<String>> rader = rader(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/revision/arenden/" + fall.arendeId())
                .body());

        assertThat(rad(rader, "Aktualisering inkom: Ansökan").get(1)).isEqualTo("handlaggare.lss");
        List<String> beslut = rad(rader, "Beslut: Korttidsvistelse utanför hemmet (LSS), Bifall");
        assertThat(beslut).containsExactly(idag.toString(), "handlaggare.lss", beslut.get(2), beslut.get(3));
        assertThat(rad(rader, "Beslut delgivet").subList(0, 3))
                .containsExactly(idag.toString(), "handlaggare.lss", "Beslut delgivet");
        assertThat(rad(rader, "Insatsen verkställd"))
                .containsExactly(
                        idag.toString(),
                        DemoKonton.UTFORARE,
                        "Insatsen verkställd",
                        "utförare: Solrosens omsorg (utförare)");
        assertThat(rad(rader, "Uppföljning"))
                .containsExactly(idag.toString(), "handlaggare.lss", "Uppföljning", "Insatsen fortsätter");
        assertThat(rader.stream()
                        .filter(r -> r.get(2).equals("Uppföljning: Följa upp insatsen"))
                        .map(r -> r.get(1)))
                .as("the follow-up done, and the next one no one has taken yet")
                .containsExactly("handlaggare.lss", "Ingen har tagit uppgiften");
        assertThat(rad(rader, "Uppföljning: Registrera uppföljningen").get(1))
                .as("the engine's own step")
                .isEqualTo("Systemet");

        List<String> ordning = rader.stream().map(r -> r.get(2)).toList();
        assertThat(ordning.indexOf("Ärende: Ärende öppnat"))
                .as("opened before it was decided the same day")
                .isLessThan(ordning.indexOf(beslut.get(2)));
        assertThat(ordning.indexOf(beslut.get(2))).isLessThan(ordning.indexOf("Beslut delgivet"));
        assertThat(ordning.indexOf("Beslut delgivet")).isLessThan(ordning.indexOf("Insatsen verkställd"));
        assertThat(ordning.indexOf("Insatsen verkställd")).isLessThan(ordning.indexOf("Uppföljning"));
        assertThat(ordning.indexOf("Uppföljning"))
                .as("registered before the auditor read the history")
                .isLessThan(ordning.lastIndexOf("Åtkomst: Läsning"));

        String json = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/revision/arenden/" + fall.arendeId() + "/historik.json")
                .body();
        assertThat(json).contains("\"datum\":\"" + idag + "\",\"vem\":\"utforare\",\"vad\":\"Insatsen verkställd\"");
    }

    /**
     * C3 item 35, A7, R15, R21: the steps after the decision name who recorded them, from the step's own record: the
     * investigation's end whoever signed it, the start the provider who reported it through the API, the follow-up's
     * result whoever reported it through the API, the individuell plan drawn up and reviewed whoever registered that on
     * the decision's page. Each step by another user, so that no step can borrow another's name.
     */
    @Test
    void theStepsAfterTheDecisionNameWhoRecordedThem() {
        Efterbeslut fall = efterbeslut("Vilma");

        List<List<String>> rader = rader(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/revision/arenden/" + fall.fall().arendeId())
                .body());

        assertThat(rad(rader, "Utredning avslutad").get(1)).isEqualTo(UTREDARE);
        assertThat(rad(rader, "Insatsen verkställd").get(1)).isEqualTo(DemoKonton.UTFORARE);
        assertThat(rad(rader, "Uppföljning"))
                .containsExactly(fall.idag().toString(), UPPFOLJARE, "Uppföljning", "Insatsen fortsätter");
        assertThat(rad(rader, "Individuell plan begärd (10 § LSS)").get(1)).isEqualTo("handlaggare.lss");
        assertThat(rad(rader, "Individuell plan upprättad").get(1)).isEqualTo(PLANERARE);
        assertThat(rad(rader, "Individuell plan omprövad").get(1)).isEqualTo(UPPFOLJARE);
        List<String> ordning = rader.stream().map(r -> r.get(2)).toList();
        assertThat(ordning.indexOf("Insatsen verkställd"))
                .as("each where it was registered the same day")
                .isLessThan(ordning.indexOf("Uppföljning"));
        assertThat(ordning.indexOf("Uppföljning")).isLessThan(ordning.indexOf("Individuell plan omprövad"));
        // the investigation's end and the plan drawn up keep when they were registered too: not last of their day
        assertThat(ordning.indexOf("Utredning avslutad"))
                .as("ended before the insats started")
                .isLessThan(ordning.indexOf("Insatsen verkställd"));
        assertThat(ordning.indexOf("Individuell plan upprättad"))
                .isLessThan(ordning.indexOf("Individuell plan omprövad"));
    }

    /**
     * V54: a step recorded before its record kept who (its columns empty, which the database accepts) takes the person
     * from the engine's history where a task of the engine was completed for it, and a start from the access-log row
     * the use case wrote for it before; the migration run again on such rows fills them as it filled the old ones.
     */
    @Test
    void aStepRecordedBeforeItsRecordKeptWhoIsFilledFromTheEnginesHistory() throws Exception {
        Efterbeslut fall = efterbeslut("Olga");
        String beslutId = fall.fall().beslutId();
        String arendeId = fall.fall().arendeId();
        assertThat(jdbc.sql(
                                "update bestallning set verkstalld_registrerad = null, verkstalld_registrerad_av = null where beslut_id = :b::uuid")
                        .param("b", beslutId)
                        .update())
                .as("a started order naming no one is accepted")
                .isOne();
        assertThat(jdbc.sql("""
                update uppfoljning set resultat_registrerad = null, resultat_registrerad_av = null
                 where beslut_id = :b::uuid and genomford is not null""").param("b", beslutId).update()).isOne();
        assertThat(jdbc.sql(
                                "update individuell_plan set upprattad_av = null where beslut_id = :b::uuid and upprattad is not null")
                        .param("b", beslutId)
                        .update())
                .isOne();
        assertThat(jdbc.sql(
                                "update utredning set avslutad_av = null where arende_id = :a::uuid and avslutad is not null")
                        .param("a", arendeId)
                        .update())
                .isOne();
        // the access log's row of the start, as the use case wrote it before V54
        jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, arende_id, person_id, beskrivning)
                        values ('utforare', 'UTF-SOLROSEN:UTFORARE', 'SKRIV', :a::uuid, :p::uuid,
                                'Verkställighet rapporterad (beslut ' || :b || ')')""")
                .param("a", arendeId)
                .param("p", fall.fall().personId())
                .param("b", beslutId)
                .update();
        List<List<String>> fore = rader(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/revision/arenden/" + arendeId)
                .body());
        assertThat(List.of(
                        rad(fore, "Utredning avslutad").get(1),
                        rad(fore, "Insatsen verkställd").get(1),
                        rad(fore, "Uppföljning").get(1),
                        rad(fore, "Individuell plan upprättad").get(1)))
                .as("not recorded")
                .containsOnly("Ej registrerat");

        jdbcTemplate.execute(new ClassPathResource("db/migration/V54__vem_efter_beslutet.sql")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        List<List<String>> efter = rader(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/revision/arenden/" + arendeId)
                .body());
        assertThat(rad(efter, "Utredning avslutad").get(1))
                .as("who completed Utreda: who signed")
                .isEqualTo(UTREDARE);
        assertThat(rad(efter, "Insatsen verkställd").get(1))
                .as("from the access log's row")
                .isEqualTo(DemoKonton.UTFORARE);
        assertThat(rad(efter, "Uppföljning").get(1))
                .as("who completed the follow-up's task that day")
                .isEqualTo(UPPFOLJARE);
        assertThat(rad(efter, "Individuell plan upprättad").get(1))
                .as("who completed the plan's task")
                .isEqualTo(PLANERARE);
        assertThat(jdbc.sql(
                                "select resultat_registrerad is not null from uppfoljning where beslut_id = :b::uuid and genomford is not null")
                        .param("b", beslutId)
                        .query(Boolean.class)
                        .single())
                .as("and when, from the task's end")
                .isTrue();
    }

    /** V54 only adds columns, each nullable, with no default and no check: nothing written as before is refused. */
    @Test
    void theColumnsOfWhoRefuseNothing() {
        assertThat(jdbc.sql("""
                        select table_name || '.' || column_name || ' ' || is_nullable || ' ' || coalesce(column_default, '-')
                          from information_schema.columns
                         where table_schema = current_schema()
                           and (table_name, column_name) in (('bestallning', 'verkstalld_registrerad'),
                                ('bestallning', 'verkstalld_registrerad_av'), ('uppfoljning', 'resultat_registrerad'),
                                ('uppfoljning', 'resultat_registrerad_av'), ('individuell_plan', 'upprattad_av'),
                                ('utredning', 'avslutad_av'))""").query(String.class).list())
                .containsExactlyInAnyOrder(
                        "bestallning.verkstalld_registrerad YES -",
                        "bestallning.verkstalld_registrerad_av YES -",
                        "uppfoljning.resultat_registrerad YES -",
                        "uppfoljning.resultat_registrerad_av YES -",
                        "individuell_plan.upprattad_av YES -",
                        "utredning.avslutad_av YES -");
        assertThat(jdbc.sql("""
                        select count(*) from pg_constraint
                         where conrelid in ('bestallning'::regclass, 'uppfoljning'::regclass, 'individuell_plan'::regclass,
                                            'utredning'::regclass)
                           and pg_get_constraintdef(oid) ~ '(verkstalld_registrerad|resultat_registrerad|upprattad_av|avslutad_av)'""").query(Long.class).single())
                .as("no constraint on them")
                .isZero();
    }

    static final String UTREDARE = "utredare.lss";
    static final String PLANERARE = "planerare.lss";
    static final String UPPFOLJARE = "uppfoljare.lss";

    /** A favourable LSS decision with every step after it done, each step by another user of LSS. */
    private record Efterbeslut(GynnandeLssBeslut.Fall fall, LocalDate idag) {}

    private Efterbeslut efterbeslut(String fornamn) {
        LocalDate idag = LocalDate.now(Svensktid.ZON);
        Testkonton.skapaKonto(jdbc, UTREDARE, "Ulla Utredare (test)", "LSS", Roll.HANDLAGGARE);
        Testkonton.skapaKonto(jdbc, PLANERARE, "Per Planerare (test)", "LSS", Roll.HANDLAGGARE);
        Testkonton.skapaKonto(jdbc, UPPFOLJARE, "Ulf Uppföljare (test)", "LSS", Roll.HANDLAGGARE);
        GynnandeLssBeslut.Fall fall = new GynnandeLssBeslut(port, jdbc, taskService)
                .person(fornamn, "Vemsdotter")
                .utreddAv(UTREDARE)
                .delgivet(idag);
        String beslut = "/api/beslut/" + fall.beslutId();
        assertThat(HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                        .post(beslut + "/verkstallighet", "{\"verkstalld\":\"" + idag + "\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(HttpSession.api(port, UPPFOLJARE, DemoKonton.LOSENORD)
                        .post(
                                beslut + "/uppfoljning",
                                "{\"resultat\":\"FORTSATT\",\"anteckning\":\"Insatsen fungerar som det är tänkt.\"}")
                        .statusCode())
                .isEqualTo(204);
        String plan = "/beslut/" + fall.beslutId() + "/individuell-plan/";
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                        .postForm(plan + "begaran", Map.of("begard", idag.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(HttpSession.browser(port, PLANERARE, DemoKonton.LOSENORD)
                        .postForm(plan + "upprattad", Map.of("upprattad", idag.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(HttpSession.browser(port, UPPFOLJARE, DemoKonton.LOSENORD)
                        .postForm(plan + "omprovning", Map.of("omprovad", idag.toString()))
                        .statusCode())
                .isEqualTo(302);
        return new Efterbeslut(fall, idag);
    }

    /** Every row of a long case is shown and exported: no cap hides the oldest or the newest. */
    @Test
    void aLongCaseShowsEveryRow() {
        Testperson person = Testperson.medArende(port, jdbc, "handlaggare.lss", "LSS", "LSS");
        // 150 reads of the case, as the application writes them
        jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, arende_id, person_id, beskrivning)
                        select 'handlaggare.lss', 'LSS:HANDLAGGARE', 'LAS', :a::uuid, :p, 'Läsning nr ' || g
                          from generate_series(1, 150) g""")
                .param("a", person.arendeId())
                .param("p", person.personId())
                .update();
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);

        String sida = revisor.get("/revision/arenden/" + person.arendeId()).body();

        List<List<String>> rader = rader(sida);
        assertThat(rader.size()).isGreaterThan(150);
        assertThat(sida).contains(rader.size() + " rader");
        assertThat(rader.stream().map(r -> r.get(3)))
                .contains("Läsning nr 1 (LSS:HANDLAGGARE)", "Läsning nr 150 (LSS:HANDLAGGARE)");
        assertThat(rader.get(rader.size() - 1).get(3))
                .as("the newest row too: this very read")
                .isEqualTo("Revision: ärendets historik (NAMND:REVISOR)");
        String csv = revisor.get("/revision/arenden/" + person.arendeId() + "/historik.csv")
                .body();
        assertThat(csv.split("\r\n")).hasSize(rader.size() + 2); // the header, and the export's own row
    }

    /** The history's rows: time, who, what, detail. */
    private static List<List<String>> rader(String html) {
        Matcher rad = Pattern.compile(
                        "<tr>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>\\s*</tr>",
                        Pattern.DOTALL)
                .matcher(html.substring(html.indexOf("<tbody>")));
        List<List<String>> rader = new ArrayList<>();
        while (rad.find()) {
            rader.add(List.of(rad.group(1), rad.group(2), rad.group(3), rad.group(4)));
        }
        return rader;
    }

    private static List<String> rad(List<List<String>> rader, String vad) {
        return rader.stream()
                .filter(r -> r.get(2).equals(vad))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + vad + " in " + rader));
    }
}
