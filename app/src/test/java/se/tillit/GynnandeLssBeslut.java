package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Favourable LSS decisions (bifall) for a new synthetic person, set up the way the handläggare sets them up through the
 * API: the ansökan registered two months back, its assessment's task done through the engine (as the case tests set up
 * their cases), each decision taken with the provider to order from and delivered on its day, after which the decision's
 * process has placed the order with the provider. For the tests of what comes after the decision (issue 17): the
 * provider's orders, the genomförandeplan, the handläggare's follow-up.
 *
 * <pre>{@code
 * GynnandeLssBeslut.Fall fall = new GynnandeLssBeslut(port, jdbc, taskService).person("Vera", "Webbsson")
 *         .insats(Insats.BOSTAD, Insats.KORTTIDSVISTELSE).delgivet(idag.minusDays(14));
 * }</pre>
 */
public final class GynnandeLssBeslut {

    /** An insats of LSS 9 § as a decision grants it: its type, its paragraph, omfattning and nivå. */
    public record Insats(String insatstyp, String paragraf, String omfattning, int niva) {

        public static final Insats BOSTAD = new Insats("LSS_BOSTAD_SARSKILD_SERVICE", "9 § 9", "Gruppbostad", 3);
        public static final Insats KORTTIDSVISTELSE =
                new Insats("LSS_KORTTIDSVISTELSE", "9 § 6", "Två helger i månaden", 2);
        public static final Insats DAGLIG_VERKSAMHET = new Insats("LSS_DAGLIG_VERKSAMHET", "9 § 10", "HELTID", 2);

        /** The same insats to another extent. */
        public Insats med(String omfattning, int niva) {
            return new Insats(insatstyp, paragraf, omfattning, niva);
        }
    }

    /**
     * The case and its decisions, in the order their insatser were named.
     *
     * @param beslut the decisions' ids
     */
    public record Fall(
            String arendeId, String arendenummer, String personId, String personnummer, List<String> beslut) {

        /** The (first) decision's id: the order's id on the provider's pages. */
        public String beslutId() {
            return beslut.get(0);
        }
    }

    private final int port;
    private final JdbcClient jdbc;
    private final TaskService taskService;
    private String personnummer;
    private String fornamn = "Lisa";
    private String efternamn = "Lssdottir";
    private final List<Insats> insatser = new ArrayList<>();
    private String motivering = "Behovet är styrkt";
    private String utforare = "UTF-SOLROSEN";
    private LocalDate giltigTom;
    /** Required by the API for a favourable LSS decision (R21, LSS 10 §); a test may name another way. */
    private String individuellPlan = "MUNTLIGT";

    private LocalDate verkstalld;
    private String utreddAv;

    /** Decisions to set up on the test server at {@code port}, as the LSS unit's handläggare (handlaggare.lss). */
    public GynnandeLssBeslut(int port, JdbcClient jdbc, TaskService taskService) {
        this.port = port;
        this.jdbc = jdbc;
        this.taskService = taskService;
    }

    /** Whom the decisions are for; the personnummer is a new one of Skatteverket's test series unless given. */
    public GynnandeLssBeslut person(String fornamn, String efternamn) {
        this.fornamn = fornamn;
        this.efternamn = efternamn;
        return this;
    }

    public GynnandeLssBeslut personnummer(String personnummer) {
        this.personnummer = personnummer;
        return this;
    }

    /** One decision per insats, in this order; none named: one on {@link Insats#KORTTIDSVISTELSE}. */
    public GynnandeLssBeslut insats(Insats... insatser) {
        this.insatser.addAll(List.of(insatser));
        return this;
    }

    /** The decisions' motivering (the provider never sees it). */
    public GynnandeLssBeslut motivering(String motivering) {
        this.motivering = motivering;
        return this;
    }

    /** The provider unit the decisions are ordered from; UTF-SOLROSEN unless given. */
    public GynnandeLssBeslut utforare(String utforare) {
        this.utforare = utforare;
        return this;
    }

    /** The last day the decisions hold; until further notice unless given. */
    public GynnandeLssBeslut giltigTom(LocalDate giltigTom) {
        this.giltigTom = giltigTom;
        return this;
    }

    /** How the person was told of the right to an individuell plan (LSS 10 §), e.g. MUNTLIGT. */
    public GynnandeLssBeslut individuellPlan(String satt) {
        this.individuellPlan = satt;
        return this;
    }

    /** The handläggare reports each decision started on the day, through the API, once it is delivered. */
    public GynnandeLssBeslut verkstalld(LocalDate verkstalld) {
        this.verkstalld = verkstalld;
        return this;
    }

    /**
     * The investigation written and signed on its page by {@code anvandarnamn} (a handläggare of LSS) before the
     * decisions, which ends it; left open unless given.
     */
    public GynnandeLssBeslut utreddAv(String anvandarnamn) {
        this.utreddAv = anvandarnamn;
        return this;
    }

    /** The decisions taken and delivered on {@code datum}, valid and wished to start from that day too. */
    public Fall delgivet(LocalDate datum) {
        String pnr = personnummer != null ? personnummer : nyttPersonnummer();
        HttpSession leo = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Ansokan.Arende ansokan = new Ansokan(port, taskService, "handlaggare.lss", "LSS", "LSS")
                .person(pnr, fornamn, efternamn)
                .inkom(OffsetDateTime.now().minusMonths(2))
                .bedomd();
        String arendeId = ansokan.arendeId();
        String arendenummer = ansokan.arendenummer();
        if (utreddAv != null) {
            se.tillit.utredning.SkrivUtredning.signera(
                    HttpSession.browser(port, utreddAv, DemoKonton.LOSENORD),
                    jdbc,
                    java.util.UUID.fromString(arendeId),
                    (insatser.isEmpty() ? Insats.KORTTIDSVISTELSE : insatser.get(0)).insatstyp());
        }
        List<String> beslut = new ArrayList<>();
        for (Insats insats : insatser.isEmpty() ? List.of(Insats.KORTTIDSVISTELSE) : insatser) {
            HttpResponse<String> fattat = leo.post("/api/arenden/" + arendeId + "/beslut", """
                    {"insatstyp":"%s","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"%s"},
                     "omfattning":"%s","niva":%d,"giltigFrom":"%5$s","motivering":"%6$s",%7$s%8$s
                     "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%5$s",
                     "utforare":"%9$s","utforartyp":"EGEN_REGI","onskadStart":"%5$s"}""".formatted(
                            insats.insatstyp(),
                            insats.paragraf(),
                            insats.omfattning(),
                            insats.niva(),
                            datum,
                            motivering,
                            giltigTom == null ? "" : "\"giltigTom\":\"" + giltigTom + "\",",
                            individuellPlan == null ? "" : "\"individuellPlan\":\"" + individuellPlan + "\",",
                            utforare));
            assertThat(fattat.statusCode()).as(fattat.body()).isEqualTo(201);
            String beslutId = HttpSession.json(fattat.body(), "id");
            assertThat(leo.post("/api/beslut/" + beslutId + "/delgivning", "{\"delgivningsdatum\":\"" + datum + "\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(jdbc.sql("select count(*) from bestallning where beslut_id = :b::uuid")
                            .param("b", beslutId)
                            .query(Long.class)
                            .single())
                    .as("the decision's process placed the order")
                    .isOne();
            if (verkstalld != null) {
                assertThat(leo.post(
                                        "/api/beslut/" + beslutId + "/verkstallighet",
                                        "{\"verkstalld\":\"" + verkstalld + "\"}")
                                .statusCode())
                        .isLessThan(300);
            }
            beslut.add(beslutId);
        }
        String personId = jdbc.sql("select person_id::text from arende where id = :a::uuid")
                .param("a", arendeId)
                .query(String.class)
                .single();
        return new Fall(arendeId, arendenummer, personId, pnr, List.copyOf(beslut));
    }

    /**
     * A favourable LSS decision as the API takes it ({@code POST /api/arenden/{id}/beslut}): a group home's extent
     * (nivå 3), ordered from UTF-SOLROSEN under its own management, the person told of the individuell plan orally.
     */
    public static String bifallJson(String insatstyp, String paragraf, LocalDate beslutsdatum, LocalDate onskadStart) {
        return """
                {"insatstyp":"%3$s","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"%4$s"},
                 "omfattning":"Gruppbostad","niva":3,"giltigFrom":"%1$s","motivering":"Behovet är styrkt",
                 "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%1$s",
                 "utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%2$s","individuellPlan":"MUNTLIGT"}""".formatted(beslutsdatum, onskadStart, insatstyp, paragraf);
    }

    /** A synthetic personnummer of Skatteverket's test series (980–999), born 1940–1999, new for most calls. */
    public static String nyttPersonnummer() {
        ThreadLocalRandom slump = ThreadLocalRandom.current();
        return Testpersoner.medKontrollsiffra(String.format(
                "19%02d%02d%02d-%03d",
                slump.nextInt(40, 100), slump.nextInt(1, 13), slump.nextInt(1, 29), 980 + slump.nextInt(20)));
    }
}
