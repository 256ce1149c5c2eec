package se.tillit.lasttest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A working day of a Stockholm-size social services office against a running Tillit, one scenario after another, each
 * with the same number of concurrent users (docs/performance.md, "The load test"):
 * <ol>
 * <li>handläggare reading their unit's task list, plain and filtered;</li>
 * <li>chefs reading Försenat;</li>
 * <li>handläggare opening case pages of their unit, task pages, decision pages and case journals 200 notes long;</li>
 * <li>the auditor reading the history of the cases with the longest engine history;</li>
 * <li>the provider's staff reading their list of orders and an order's page (issue 17);</li>
 * <li>handläggare taking and completing an assessment task on its page;</li>
 * <li>the same unit's tasks through Camunda's REST task query, plain and with three process-variable filters, as a
 * service account.</li>
 * </ol>
 * Each virtual user of Tillit's pages is a person and logs in once through the login form (its own session, like a
 * browser; its form posts carry the page's CSRF token) and then repeats its request with a think time. People never
 * use HTTP Basic (issue 16, a person's Basic gets 401), and {@code /engine-rest} reads no browser session, so the
 * engine's REST scenarios are a service account's: {@link #TJANSTEKONTO} over HTTP Basic, as an integration calls it.
 * Settings as system properties: {@code bas}, {@code anvandare} (concurrent users, 50), {@code sekunder} (per
 * scenario, 60), {@code pausMinMs}/{@code pausMaxMs} (think time, 1000–3000), {@code handlaggarePerEnhet},
 * {@code losenord}, {@code tjanstekonto}, {@code data} (the folder with arenden.csv, uppgifter.csv, uppgiftssidor.csv,
 * beslut.csv, journaler.csv, langa-arenden.csv and bestallningar.csv that kor.sh writes from the database).
 */
public class ArbetsdagSimulation extends Simulation {

    static final String BAS = System.getProperty("bas", "http://127.0.0.1:8090");
    static final int ANVANDARE = Integer.getInteger("anvandare", 50);
    static final Duration TID = Duration.ofSeconds(Integer.getInteger("sekunder", 60));
    static final Duration PAUS_MIN = Duration.ofMillis(Long.getLong("pausMinMs", 1000));
    static final Duration PAUS_MAX = Duration.ofMillis(Long.getLong("pausMaxMs", 3000));
    static final int PER_ENHET = Integer.getInteger("handlaggarePerEnhet", 40);
    static final String LOSENORD = System.getProperty("losenord", "tillit-benchmark");
    /**
     * The service account of the engine's REST scenarios (role INTEGRATION, the generated accounts' password), with
     * READ_TASK on every process definition: kor.sh creates both in the database.
     */
    static final String TJANSTEKONTO = System.getProperty("tjanstekonto", "lasttest.rest");
    static final Path DATA = Path.of(System.getProperty("data", "target/data"));
    /** The generator's units and their case types. */
    static final Map<String, String> ENHETER = Map.of("BOU", "BARN_OCH_UNGA", "VUX", "VUXEN", "EKB", "EKONOMISKT_BISTAND",
            "LSS", "LSS", "ALDRE", "SOL_ALDRE");

    /** Open cases per unit, for the case pages. */
    static final Map<String, List<String>> ARENDEN = las("arenden.csv");
    /** Open tasks per unit, for the task page read alone. */
    static final Map<String, List<String>> UPPGIFTSSIDOR = las("uppgiftssidor.csv");
    /** Decisions of open cases per unit, for the decision page. */
    static final Map<String, List<String>> BESLUT = las("beslut.csv");
    /** Open cases with a long journal per unit (kor.sh writes 200 notes on ten cases of each unit). */
    static final Map<String, List<String>> JOURNALER = las("journaler.csv");
    /** The open cases with the longest engine history, for the auditor. */
    static final List<String> LANGA_ARENDEN = las("langa-arenden.csv").values().stream().flatMap(List::stream).toList();
    /** Orders per provider unit, for the order's page. */
    static final Map<String, List<String>> BESTALLNINGAR = las("bestallningar.csv");
    /**
     * The provider's staff: the generator's one account of each provider unit (gen.utforare for the demo's Solrosen,
     * gen.&lt;unit code in lower case&gt; for the units the generator adds), logged in once per virtual user.
     */
    static final List<Map<String, Object>> UTFORARE = (BESTALLNINGAR.isEmpty() ? List.of("UTF-SOLROSEN") : List.copyOf(BESTALLNINGAR.keySet()))
            .stream().map(enhet -> Map.<String, Object>of("anvandare", System.getProperty("utforare",
                    enhet.equals("UTF-SOLROSEN") ? "gen.utforare" : "gen." + enhet.toLowerCase(java.util.Locale.ROOT)), "enhet", enhet))
            .toList();
    /** Unassigned assessment tasks per unit, each completed once. */
    static final Map<String, Queue<String>> UPPGIFTER = new ConcurrentHashMap<>();

    static {
        // kor.sh gives the warm-up its own assessments (uppgifter-uppvarmning.csv): each is completed once
        las(System.getProperty("uppgifter", "uppgifter.csv")).forEach((enhet, ider) -> UPPGIFTER.put(enhet, new ConcurrentLinkedQueue<>(ider)));
    }

    HttpProtocolBuilder protokoll = http.baseUrl(BAS)
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .disableFollowRedirect()
            .userAgentHeader("tillit-lasttest");

    static List<Map<String, Object>> handlaggare() {
        List<Map<String, Object>> rader = new ArrayList<>();
        for (int h = 1; h <= PER_ENHET; h++) {
            for (String enhet : ENHETER.keySet()) {
                rader.add(Map.of("anvandare", "gen." + enhet.toLowerCase() + ".h" + String.format("%02d", h), "enhet", enhet,
                        "arendetyp", ENHETER.get(enhet)));
            }
        }
        return rader;
    }

    /**
     * The handläggare of the units that have objects in {@code data}. A unit without any (profile M's decisions are
     * nearly all LSS's) would only ask for "saknas" and count a 400 per request, measuring nothing.
     */
    static List<Map<String, Object>> handlaggareMed(Map<String, List<String>> data) {
        List<Map<String, Object>> rader = handlaggare().stream()
                .filter(rad -> !data.getOrDefault((String) rad.get("enhet"), List.of()).isEmpty()).toList();
        return rader.isEmpty() ? handlaggare() : rader;
    }

    static List<Map<String, Object>> chefer() {
        return ENHETER.keySet().stream().map(enhet -> Map.<String, Object>of("anvandare", "gen." + enhet.toLowerCase() + ".chef",
                "enhet", enhet)).toList();
    }

    static final ChainBuilder LOGGA_IN = exec(
            http("inloggning: sidan").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")),
            http("inloggning").post("/login")
                    .formParam("username", "#{anvandare}").formParam("password", LOSENORD).formParam("_csrf", "#{csrf}")
                    .check(status().is(302), header("Location").transform(plats -> !plats.contains("error")).is(true)));

    /** A scenario in which each user logs in once and then repeats {@code steg} with a think time for {@link #TID}. */
    static ScenarioBuilder webb(String namn, List<Map<String, Object>> vem, ChainBuilder steg) {
        return scenario(namn).feed(listFeeder(vem).circular()).exec(LOGGA_IN)
                .during(TID).on(exec(steg).pause(PAUS_MIN, PAUS_MAX));
    }

    static ScenarioBuilder motorRest(String namn, String fraga) {
        return scenario(namn).feed(listFeeder(handlaggare()).circular())
                .during(TID).on(exec(http(namn).get(fraga)
                        .basicAuth(TJANSTEKONTO, LOSENORD).header("Accept", "application/json")
                        .check(status().is(200))).pause(PAUS_MIN, PAUS_MAX));
    }

    ScenarioBuilder uppgiftslista = webb("Tillit: enhetens uppgifter", handlaggare(),
            exec(http("Tillit: enhetens uppgifter").get("/uppgifter?vy=enhetens").check(status().is(200))));

    ScenarioBuilder filtreradLista = webb("Tillit: enhetens uppgifter, filtrerade", handlaggare(),
            exec(http("Tillit: enhetens uppgifter, filtrerade")
                    .get("/uppgifter?vy=enhetens&arendetyp=#{arendetyp}&uppgiftstyp=Task_Utreda&filter=inom7")
                    .check(status().is(200))));

    ScenarioBuilder forsenat = webb("Tillit: försenat", chefer(),
            exec(http("Tillit: försenat").get("/forsenat").check(status().is(200))));

    ScenarioBuilder arendesida = webb("Tillit: ärendesidan", handlaggare(),
            exec(session -> {
                List<String> enhetens = ARENDEN.getOrDefault(session.getString("enhet"), List.of());
                return session.set("arendeId", enhetens.isEmpty() ? "saknas" : enhetens.get(ThreadLocalRandom.current().nextInt(enhetens.size())));
            }).exec(http("Tillit: ärendesidan").get("/arenden/#{arendeId}").check(status().is(200))));

    /** The task page read alone (the scenario slutför reads it too, between the writes of the other users). */
    ScenarioBuilder uppgiftssida = webb("Tillit: uppgiftens sida, enbart läsning", handlaggareMed(UPPGIFTSSIDOR),
            exec(session -> session.set("uppgiftId", slumpa(UPPGIFTSSIDOR.get(session.getString("enhet")))))
                    .exec(http("Tillit: uppgiftens sida, enbart läsning").get("/uppgifter/#{uppgiftId}").check(status().is(200))));

    ScenarioBuilder beslutssida = webb("Tillit: beslutssidan", handlaggareMed(BESLUT),
            exec(session -> session.set("beslutId", slumpa(BESLUT.get(session.getString("enhet")))))
                    .exec(http("Tillit: beslutssidan").get("/beslut/#{beslutId}").check(status().is(200))));

    ScenarioBuilder journal = webb("Tillit: journalen, 200 anteckningar", handlaggareMed(JOURNALER),
            exec(session -> session.set("arendeId", slumpa(JOURNALER.get(session.getString("enhet")))))
                    .exec(http("Tillit: journalen, 200 anteckningar").get("/arenden/#{arendeId}/journal").check(status().is(200))));

    /** The committee's auditor reads a case's history (the engine's steps and operations, our records), all units. */
    ScenarioBuilder revision = webb("Tillit: revisorns historik", List.of(Map.<String, Object>of("anvandare", "gen.revisor")),
            exec(session -> session.set("arendeId", slumpa(LANGA_ARENDEN)))
                    .exec(http("Tillit: revisorns historik").get("/revision/arenden/#{arendeId}").check(status().is(200))));

    /** The provider's list of current orders, its first page (issue 17). */
    ScenarioBuilder bestallningar = webb("Tillit: utförarens beställningar", UTFORARE,
            exec(http("Tillit: utförarens beställningar").get("/bestallningar").check(status().is(200))));

    /** An order's page, as the provider reads it before a step. */
    ScenarioBuilder bestallning = webb("Tillit: beställningens sida", UTFORARE,
            exec(session -> session.set("beslutId", slumpa(BESTALLNINGAR.get(session.getString("enhet")))))
                    .exec(http("Tillit: beställningens sida").get("/bestallningar/#{beslutId}").check(status().is(200))));

    /** Take an unassigned assessment of one's unit, open it, complete it with "leads to an investigation". */
    ScenarioBuilder slutfor = webb("Tillit: slutför uppgift", handlaggare(),
            exec(session -> {
                String uppgift = UPPGIFTER.getOrDefault(session.getString("enhet"), new ConcurrentLinkedQueue<>()).poll();
                return session.set("uppgift", uppgift == null ? "slut" : uppgift);
            }).doIf(session -> !session.getString("uppgift").equals("slut")).then(exec(
                    http("Tillit: uppgiftens sida").get("/uppgifter/#{uppgift}")
                            .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")),
                    http("Tillit: ta uppgift").post("/uppgifter/#{uppgift}/ta").formParam("_csrf", "#{csrf}")
                            .check(status().is(302)),
                    http("Tillit: slutför uppgift").post("/uppgifter/#{uppgift}")
                            .formParam("_csrf", "#{csrf}").formParam("bedomning", "LEDER_TILL_UTREDNING")
                            .formParam("motivering", "Lasttest: ansökan ska utredas")
                            .check(status().is(302), header("Location").transform(plats -> plats.endsWith("/uppgifter")).is(true)))));

    ScenarioBuilder restEnkel = motorRest("Camunda REST: uppgifter, enkel",
            "/engine-rest/task?candidateGroups=#{enhet}:HANDLAGGARE&sortBy=dueDate&sortOrder=asc&maxResults=25");

    /**
     * The same query with three process-variable filters. As a POST with a JSON body: in the GET form
     * ({@code processVariables=arendetyp_eq_BARN_OCH_UNGA}) the engine splits the value at its underscores and answers 400.
     */
    ScenarioBuilder restFiltrerad = scenario("Camunda REST: uppgifter, tre processvariabler").feed(listFeeder(handlaggare()).circular())
            .during(TID).on(exec(http("Camunda REST: uppgifter, tre processvariabler")
                    .post("/engine-rest/task?firstResult=0&maxResults=25")
                    .basicAuth(TJANSTEKONTO, LOSENORD).header("Accept", "application/json").header("Content-Type", "application/json")
                    .body(StringBody("""
                            {"candidateGroups":["#{enhet}:HANDLAGGARE"],
                             "processVariables":[{"name":"arendetyp","operator":"eq","value":"#{arendetyp}"},
                                                 {"name":"enhet","operator":"eq","value":"#{enhet}"},
                                                 {"name":"aktualiseringstyp","operator":"eq","value":"ANSOKAN"}],
                             "sorting":[{"sortBy":"dueDate","sortOrder":"asc"}]}"""))
                    .check(status().is(200))).pause(PAUS_MIN, PAUS_MAX));

    {
        String vilka = System.getProperty("scenarier",
                "lista,filtrerad,forsenat,arendesida,uppgiftssida,beslutssida,journal,revision,bestallningar,bestallning,slutfor,rest,restfiltrerad");
        Map<String, ScenarioBuilder> alla = new HashMap<>();
        alla.put("lista", uppgiftslista);
        alla.put("filtrerad", filtreradLista);
        alla.put("forsenat", forsenat);
        alla.put("arendesida", arendesida);
        alla.put("uppgiftssida", uppgiftssida);
        alla.put("beslutssida", beslutssida);
        alla.put("journal", journal);
        alla.put("revision", revision);
        alla.put("bestallningar", bestallningar);
        alla.put("bestallning", bestallning);
        alla.put("slutfor", slutfor);
        alla.put("rest", restEnkel);
        alla.put("restfiltrerad", restFiltrerad);
        List<PopulationBuilder> iTur = new ArrayList<>();
        for (String namn : vilka.split(",")) {
            ScenarioBuilder s = alla.get(namn.trim());
            if (s == null) {
                throw new IllegalArgumentException("Unknown scenario " + namn + ": " + alla.keySet());
            }
            // logins spread over 5 s, then every user works for the scenario's time
            iTur.add(s.injectOpen(rampUsers(ANVANDARE).during(Duration.ofSeconds(5))));
        }
        // one after the other: each scenario has the machine to itself
        PopulationBuilder forsta = iTur.get(iTur.size() - 1);
        for (int i = iTur.size() - 2; i >= 0; i--) {
            forsta = iTur.get(i).andThen(forsta);
        }
        setUp(forsta).protocols(protokoll).assertions(global().failedRequests().percent().lte(1.0));
    }

    /** One of the ids at random; "saknas" (a 404, counted as an error) when the data has none. */
    static String slumpa(List<String> ider) {
        return ider == null || ider.isEmpty() ? "saknas" : ider.get(ThreadLocalRandom.current().nextInt(ider.size()));
    }

    /** enhet;id lines → ids per unit. */
    static Map<String, List<String>> las(String fil) {
        Map<String, List<String>> perEnhet = new HashMap<>();
        try {
            for (String rad : Files.readAllLines(DATA.resolve(fil))) {
                String[] delar = rad.split(";");
                if (delar.length == 2) {
                    perEnhet.computeIfAbsent(delar[0], k -> new ArrayList<>()).add(delar[1]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("kor.sh writes " + DATA.resolve(fil) + " from the database first", e);
        }
        return perEnhet;
    }
}
