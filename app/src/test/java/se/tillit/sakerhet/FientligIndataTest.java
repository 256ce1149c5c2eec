package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Endpunkter.Begaran;
import se.tillit.sakerhet.Endpunkter.Endpunkt;

/**
 * Every endpoint of the application (found in Spring MVC's handler mapping, so a new one is covered without touching
 * this test), called as a user allowed to use it, with oversized, malformed and hostile input: path variables that
 * are not ids or are absurd, SQL, absurd numbers and dates in every query and form parameter, broken bodies, bodies
 * of the wrong content type, 6 MB bodies, 1 MB text fields, fields of the wrong type. No answer is a 5xx or shows a
 * stack trace or a file's content; every hostile write is refused with a 4xx, under /api a problem document; and no
 * request changes data (the row counts of every table and a checksum of each existing row the requests address,
 * around every endpoint; a checksum of every row of our tables around the whole round).
 */
@TillitSpringTest
class FientligIndataTest {

    /**
     * Reads that travel as POST so that what is searched for (a personnummer) stays out of the address (issue 14): a
     * hostile value that is also a valid query (a name such as "abc") is answered with its result page. Their data is
     * checked all the same: nothing may change but the access log, which is outside the comparison.
     */
    private static final Set<String> LASNINGAR_MED_POST = Set.of(
            "POST /sok",
            "POST /revision",
            // these re-render the page with one more row or another insats's lagrum: nothing is saved
            "POST /utredningar/{id}/rader");

    private static final Pattern FORMULARFALT = Pattern.compile("\\sname=\"([A-Za-z][A-Za-z0-9_.-]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService managementService;

    private static final ExecutorService PARALLELLT = Executors.newFixedThreadPool(4, arbete -> {
        Thread trad = new Thread(arbete, "fientlig-indata");
        trad.setDaemon(true);
        return trad;
    });

    /** Tomcat's max-swallow-size: beyond it an unread body makes the server close the connection. */
    static final int STANGS_EFTER = 2 * 1024 * 1024;

    /**
     * One session per demo user: a service account with HTTP Basic on {@code /api/**}, a person with the browser
     * session (cookie and CSRF token, both taken once) everywhere, the token in a header.
     */
    private final Map<String, HttpSession> sessioner = new ConcurrentHashMap<>();
    /** The existing rows (table, id) the current endpoint's requests address. */
    private final Map<String, String> riktigaRader = new ConcurrentHashMap<>();

    private final Map<Integer, Integer> statusar = new ConcurrentHashMap<>();
    private final AtomicInteger antalBegaran = new AtomicInteger();
    private final Map<String, Integer> kategorier = new ConcurrentHashMap<>();
    /** Writes answered below 400 (a redirect to the form with its message, a no-op): listed, data checked. */
    private final Map<String, Integer> godtagnaSkrivningar = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesHostileInputWithoutA5xxOrAChangeOfData() throws IOException {
        List<Endpunkt> endpunkter = Endpunkter.allaI(mapping);
        Set<String> formularfalt = formularfalt();
        Dataavtryck avtryck = new Dataavtryck(jdbc);
        skapaRaderAttProvaMot();
        vantaTillsMotornArLugn();
        Map<String, String> fore = avtryck.fullt();
        long start = System.nanoTime();

        List<DynamicTest> tester = new ArrayList<>();
        tester.add(DynamicTest.dynamicTest("the endpoints are found", () -> {
            assertThat(endpunkter).hasSizeGreaterThan(100);
            assertThat(formularfalt).contains("personnummer", "beskrivning");
        }));
        for (Endpunkt endpunkt : endpunkter) {
            tester.add(
                    DynamicTest.dynamicTest(endpunkt.toString(), () -> provaEndpunkt(endpunkt, formularfalt, avtryck)));
        }
        tester.add(DynamicTest.dynamicTest("no row of our tables changed over the whole round", () -> {
            vantaTillsMotornArLugn();
            Map<String, String> efter = avtryck.fullt();
            String sammanfattning = "%d endpunkter, %d begäran på %d s, svar per status %s, per slag %s"
                    .formatted(
                            endpunkter.size(),
                            antalBegaran.get(),
                            Duration.ofNanos(System.nanoTime() - start).toSeconds(),
                            new TreeMap<>(statusar),
                            new TreeMap<>(kategorier));
            System.out.println("FientligIndataTest: " + sammanfattning);
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target", "fientlig-indata.txt"),
                    sammanfattning + "\n" + "skrivningar under 400: " + new TreeMap<>(godtagnaSkrivningar) + "\n");
            assertThat(Dataavtryck.skillnad(fore, efter))
                    .as("tables changed by refused requests")
                    .isEmpty();
        }));
        return tester.stream();
    }

    private void provaEndpunkt(Endpunkt endpunkt, Set<String> formularfalt, Dataavtryck avtryck) throws Exception {
        String anvandare = Endpunkter.anvandare(endpunkt);
        HttpSession session = sessioner.computeIfAbsent(
                anvandare,
                namn -> HttpSession.api(port, namn, DemoKonton.LOSENORD).timeout(Duration.ofSeconds(30)));
        riktigaRader.clear();
        List<Begaran> begaranden = Endpunkter.begaran(endpunkt, formularfalt, this::riktigtId);
        // the counts of every table, and the rows the requests address (an update changes no count)
        Map<String, String> fore = avtryck.antalOchRader(riktigaRader);
        List<String> fel = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> godtagna = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> arbeten = new ArrayList<>();
        for (Begaran begaran : begaranden) {
            arbeten.add(() -> {
                bedom(endpunkt, begaran, skicka(session, begaran), fel, godtagna);
                return null;
            });
        }
        // a few at a time: an API request checks its password with bcrypt, which is most of its time
        for (Future<Void> klart : PARALLELLT.invokeAll(arbeten)) {
            klart.get();
        }
        vantaTillsMotornArLugn();
        Map<String, String> andrat = Dataavtryck.skillnad(fore, avtryck.antalOchRader(riktigaRader));
        if (!andrat.isEmpty()) {
            fel.add("data ändrades " + andrat + " av något av " + godtagna);
        }
        // a refused write says so with a 4xx, not a redirect that looks like success
        godtagna.forEach(godtagen -> fel.add("skrivning inte avvisad: " + godtagen));
        assertThat(fel).as("%s as %s", endpunkt, anvandare).isEmpty();
    }

    /**
     * The request as it is, asking for JSON under {@code /api} and for HTML elsewhere; null where nothing reached the
     * server's application code: a path the JDK's client will not send, or an oversized body on which Tomcat closed
     * the connection.
     */
    private static HttpResponse<String> skicka(HttpSession session, Begaran begaran) {
        String sokvag = begaran.sokvag();
        try {
            return session.raw(
                    begaran.metod(),
                    sokvag,
                    begaran.contentType(),
                    begaran.kropp(),
                    "Accept",
                    sokvag.startsWith("/api/") ? "application/json" : "text/html");
        } catch (IllegalArgumentException ogiltigUri) {
            // a path the JDK's client will not send at all never reaches the server: nothing to check
            return null;
        } catch (IOException e) {
            if (begaran.kropp() != null && begaran.kropp().length > STANGS_EFTER) {
                // Tomcat answers an oversized form post that nothing reads and closes the connection while the body
                // is still coming; the client then sees a broken response: refused, not accepted
                return null;
            }
            throw new IllegalStateException(begaran.metod() + " " + Endpunkter.kort(sokvag) + ": " + e, e);
        }
    }

    private void bedom(
            Endpunkt endpunkt, Begaran begaran, HttpResponse<String> svar, List<String> fel, List<String> godtagna) {
        antalBegaran.incrementAndGet();
        kategorier.merge(kategori(begaran.vad()), 1, Integer::sum);
        if (svar == null) {
            statusar.merge(0, 1, Integer::sum); // the connection was closed on an oversized body: refused
            return;
        }
        int status = svar.statusCode();
        statusar.merge(status, 1, Integer::sum);
        String kropp = svar.body() == null ? "" : svar.body();
        if (status >= 500) {
            fel.add(status + " på " + begaran);
        }
        if (kropp.contains("\tat ") || kropp.contains("Exception") || kropp.contains("root:x:0:0")) {
            fel.add("internt eller filinnehåll i svaret på " + begaran + ": " + Endpunkter.kort(kropp));
        }
        if (kropp.contains("Apache Tomcat/")) {
            fel.add("serverns version i svaret på " + begaran);
        }
        // Tomcat itself refuses a path with an encoded slash or NUL before any application code: its page has no detail
        boolean avvisadAvTomcat = kropp.startsWith("<!doctype html><html lang=\"en\"><head><title>HTTP Status");
        if (endpunkt.api()
                && status >= 400
                && status != 401
                && !avvisadAvTomcat
                && !kropp.contains("\"title\"")
                && !kropp.contains("\"detail\"")) {
            fel.add(status + " utan problemdokument på " + begaran + ": " + Endpunkter.kort(kropp));
        }
        if (endpunkt.skriver() && status < 400 && !LASNINGAR_MED_POST.contains(endpunkt.toString())) {
            godtagna.add(status + " på " + begaran);
            godtagnaSkrivningar.merge(endpunkt + " " + status, 1, Integer::sum);
        }
    }

    private static String kategori(String vad) {
        if (vad.startsWith("{")) {
            return "sökvägsvariabel";
        }
        if (vad.startsWith("alla formulärfält")) {
            return "helt formulär";
        }
        for (String slag : List.of(
                "6 MB kropp",
                "innehållstyp",
                "trasig kropp",
                "fält av fel typ",
                "1 MB i varje textfält",
                "absurda tal och datum",
                "NUL-tecken i varje textfält")) {
            if (vad.startsWith(slag)) {
                return slag;
            }
        }
        return "parameter";
    }

    /** An existing row's id for a path variable, by the path segment before it; only bodies that must be refused use it. */
    private Optional<String> riktigtId(String monster, String variabel) {
        Matcher matcher = Pattern.compile("/([^/{}]+)/\\{" + Pattern.quote(variabel) + "}")
                .matcher(monster);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String tabell = switch (matcher.group(1)) {
            case "arenden" -> "arende";
            case "beslut" -> "beslut";
            case "lexsarah" -> "lexsarah_rapport";
            case "sip" -> "sip";
            case "utredningar" -> "utredning";
            case "aktualiseringar" -> "aktualisering";
            case "overklaganden" -> "overklagande";
            case "utskrivningar" -> "utskrivning";
            case "ej-verkstallt" -> "ej_verkstallt";
            case "erbjudanden" -> "ej_verkstallt_erbjudande";
            case "moten" -> "sip_mote";
            // a child's placement: its review and the offer of parental support (R10) get the hostile form on a real
            // row
            case "placeringar" -> "placering";
            case "uppgifter" -> "act_ru_task";
            default -> null;
        };
        if (tabell == null) {
            return Optional.empty();
        }
        String id = tabell.startsWith("act_") ? "id_" : "id::text";
        // the newest row (the ones made above, or another test's) where the table records when
        String nyast = jdbc.sql("""
                        select coalesce(max(column_name) || ' desc', '1') from information_schema.columns
                        where table_name = :t and column_name in ('skapad', 'rapporterad', 'create_time_')""").param("t", tabell).query(String.class).single();
        Optional<String> rad = jdbc.sql("select " + id + " from " + tabell + " order by " + nyast + " limit 1")
                .query(String.class)
                .optional();
        rad.ifPresent(varde -> riktigaRader.put(tabell, varde));
        return rad;
    }

    /**
     * A lex Sarah report and a SIP of the users' units, made the ordinary way, so that their forms and APIs get the
     * hostile input on a row that exists whatever ran before (the demo data has neither).
     */
    private void skapaRaderAttProvaMot() {
        HttpResponse<String> rapport = HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/lexsarah", """
                {"enhet":"UTF-SOLROSEN","typ":"MISSFORHALLANDE","vadHande":"Provrapport för FientligIndataTest.",
                 "intraffade":"%s","klockslag":"08:00","plats":"Solrosen","personnummer":"%s",
                 "omedelbaraAtgarder":"Inga."}""".formatted(
                        LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1), LagradXssTest.personnummer()));
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(201);
        HttpResponse<String> sip = HttpSession.api(port, DemoKonton.REGION, DemoKonton.LOSENORD)
                .post("/api/region/sip", """
                {"personnummer":"%s","fornamn":"Prov","efternamn":"Fientligsson","enhet":"BOU",
                 "regionEnhet":"Vårdcentralen Prov","regionKontakt":"Sjuksköterska Prov"}""".formatted(LagradXssTest.personnummer()));
        assertThat(sip.statusCode()).as(sip.body()).isEqualTo(201);
    }

    /** Every form field name that any page has: a whole-form endpoint gets all of them. */
    private static Set<String> formularfalt() throws IOException {
        Set<String> falt = new TreeSet<>();
        for (Resource mall : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/*.html")) {
            Matcher matcher = FORMULARFALT.matcher(mall.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                falt.add(matcher.group(1));
            }
        }
        falt.remove("_csrf");
        return falt;
    }

    /** Jobs left due by earlier tests run first: they would otherwise change rows in the middle of a comparison. */
    private void vantaTillsMotornArLugn() {
        long slut = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (managementService.createJobQuery().executable().active().count() > 0 && System.nanoTime() < slut) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
