package se.tillit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.tillit.HttpSession;
import se.tillit.benchmark.BenchmarkDatabas;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Utredningsprocessen;

/**
 * Fills a PostgreSQL database for the load test and for anyone who wants to see Tillit at a municipality's size
 * (docs/performance.md, "The data generator"). Not part of mvn verify:
 *
 * <pre>mvn -pl app test -Pgenerator -Dtillit.generator.profil=stockholm [-Dtillit.generator.databas=tillit_stockholm]</pre>
 *
 * <p>It starts the application (demo profile: the demo units, accounts and provider) on a new database on the benchmark
 * server, adds generated accounts ({@code gen.<unit>.h01}…, {@code gen.<unit>.chef}, {@code gen.admin}, password
 * {@value #LOSENORD}) and the municipality's provider units ({@link #UTFORARE}, each with one account of its staff:
 * {@code gen.utforare} for the demo's Solrosen, {@code gen.<unit code in lower case>} for the others), then makes the
 * profile's templates through the application's own use cases, as its users do: the aktualisering by the API, the
 * assessment and the investigation completed on their task pages, the decision (ordered from a provider unit drawn by
 * its share), its delgivning and that provider's verkställighet by the API. Timers that fall due while it works fire.
 * Larger profiles then copy the templates in bulk ({@link Kopiering}); closed cases are copied back over the years of
 * history. Only synthetic people: made-up names and personnummer that pass the checksum, never looked up anywhere.
 */
@Tag("generator")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "logging.level.root=warn",
            "logging.level.se.tillit.generator=info",
            "spring.mail.port=9",
            "tillit.notifiering.omforsok-intervall=PT10H"
        })
@ActiveProfiles("demo")
class DatageneratorTest {

    static final String LOSENORD = "tillit-benchmark";
    static final Profil PROFIL = Profil.valj(System.getProperty("tillit.generator.profil", "small"));
    static final String DATABAS = System.getProperty(
            "tillit.generator.databas", "tillit_" + PROFIL.namn() + "_" + System.currentTimeMillis() / 1000);
    static final int TRADAR = 2;

    /** The demo's authority units and their case types. */
    static final Map<String, String> ENHETER = Map.of(
            "BOU", "BARN_OCH_UNGA", "VUX", "VUXEN", "EKB", "EKONOMISKT_BISTAND", "LSS", "LSS", "ALDRE", "SOL_ALDRE");

    static final List<String> ENHETSKODER = List.of("BOU", "VUX", "EKB", "LSS", "ALDRE");
    static final List<String> FORNAMN = List.of(
            "Alva", "Bo", "Cleo", "Dag", "Elsa", "Folke", "Greta", "Hugo", "Iris", "Jon", "Kim", "Lo", "Maj", "Nils",
            "Olga", "Per", "Rut", "Sten", "Tea", "Ulf", "Vera", "Yngve");
    static final List<String> EFTERNAMN = List.of(
            "Testsson",
            "Provsson",
            "Exempelberg",
            "Demodal",
            "Syntetisk",
            "Påhittad",
            "Fiktivsson",
            "Modellström",
            "Mallberg",
            "Prototypsson");

    static final String BOSTAD = """
            {"insatstyp":"LSS_BOSTAD_SARSKILD_SERVICE","utfall":"BIFALL",
             "lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 9"},
             "omfattning":"Gruppbostad","niva":%3$d,"giltigFrom":"%1$s","motivering":"Behovet av bostad med särskild service är styrkt",
             "overklagandehanvisning":true,"delegationspunkt":"LSS-3.1","beslutsdatum":"%1$s",
             "utforare":"%4$s","utforartyp":"%5$s","onskadStart":"%2$s","individuellPlan":"MUNTLIGT"}""";

    /** A provider unit the decisions are ordered from; {@code vikt}: its share of the orders, in percent. */
    record Utforare(String kod, String namn, String utforartyp, int vikt) {

        /** The generated account of the unit's staff (the demo's unit keeps the account the load test knew first). */
        String konto() {
            return kod.equals("UTF-SOLROSEN") ? "gen.utforare" : "gen." + kod.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The municipality's provider units, as a municipality has them: a few large ones (the municipality's own group
     * homes and a large private company) and a tail of small ones (LOV providers, a foundation, a cooperative). The demo's
     * Solrosen is one of them; the others are made by the generator.
     */
    static final List<Utforare> UTFORARE = List.of(
            new Utforare("UTF-SOLROSEN", "Solrosens omsorg (utförare)", "EGEN_REGI", 18),
            new Utforare("UTF-GEN-BJORKEN", "Björkens gruppbostäder (genererad utförare)", "EGEN_REGI", 14),
            new Utforare("UTF-GEN-NORDOMSORG", "Nordomsorg AB (genererad utförare)", "EXTERN", 12),
            new Utforare("UTF-GEN-LINDEN", "Lindens boenden (genererad utförare)", "EGEN_REGI", 10),
            new Utforare("UTF-GEN-ASPEN", "Aspens LSS-boende (genererad utförare)", "EXTERN", 9),
            new Utforare("UTF-GEN-HAVET", "Havets omsorg AB (genererad utförare)", "LOV", 8),
            new Utforare("UTF-GEN-ROSEN", "Rosens stödboende (genererad utförare)", "EGEN_REGI", 7),
            new Utforare("UTF-GEN-STIFTELSEN", "Stiftelsen Gemenskap (genererad utförare)", "EXTERN", 6),
            new Utforare("UTF-GEN-KOOPERATIVET", "Kooperativet Vardag (genererad utförare)", "LOV", 5),
            new Utforare("UTF-GEN-ENEN", "Enens gruppbostad (genererad utförare)", "EGEN_REGI", 4),
            new Utforare("UTF-GEN-VIDE", "Vide omsorg (genererad utförare)", "LOV", 4),
            new Utforare("UTF-GEN-LONNEN", "Lönnens boende (genererad utförare)", "EXTERN", 3));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource datakalla;

    private final Map<String, HttpSession> sessioner = new ConcurrentHashMap<>();
    private final Map<String, Boolean> anvandaPersonnummer = new ConcurrentHashMap<>();
    /** Commands sent again after a concurrent timer made the engine refuse them (reported in the summary). */
    private final AtomicInteger omforsok = new AtomicInteger();

    @DynamicPropertySource
    static void databas(DynamicPropertyRegistry registry) throws Exception {
        BenchmarkDatabas.skapa(DATABAS, registry);
    }

    @Test
    void fyllDatabasen() throws Exception {
        List<String> logg = new ArrayList<>();
        long start = System.nanoTime();
        konton();

        // 1. the templates, through the use cases
        long t0 = System.nanoTime();
        int n = PROFIL.mallarPerForm();
        List<UUID> bedomningar = mallar(n, Form.OPPEN_BEDOMNING);
        List<UUID> utredningar = mallar(n, Form.OPPEN_UTREDNING);
        List<UUID> beslut = mallar(n, Form.AKTIVT_BESLUT);
        List<UUID> avslutade = mallar(n, Form.AVSLUTAT);
        vantaPaForfallnaJobb();
        logg.add(String.format(
                "templates through the use cases: %d cases in %.0f s (%d commands sent again after meeting a "
                        + "timer of the same process instance)",
                4 * n, sek(t0), omforsok.get()));

        // 2. copies of the open work, as they are
        Kopiering kopiering = new Kopiering(datakalla);
        kopiera(kopiering, bedomningar, PROFIL.oppnaBedomningar(), kopia -> 0, "open assessments", logg);
        kopiera(kopiering, utredningar, PROFIL.oppnaUtredningar(), kopia -> 0, "open investigations", logg);
        kopiera(kopiering, beslut, PROFIL.aktivaBeslut(), kopia -> 0, "active decisions", logg);
        // 3. the history: closed cases copied back, spread over the years
        Random slump = new Random(4);
        kopiera(
                kopiering,
                avslutade,
                PROFIL.avslutadePerAr() * PROFIL.historikAr(),
                kopia -> -(30 + slump.nextInt(365 * PROFIL.historikAr())),
                "closed cases over " + PROFIL.historikAr() + " years",
                logg);

        jdbc.sql("update event_publication set completion_date = now() where completion_date is null")
                .update();
        jdbc.sql("vacuum analyze").update();
        String sammanfattning = sammanfattning(sek(start), logg);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/generator-" + PROFIL.namn() + ".md"), sammanfattning);
        System.out.println(sammanfattning);
        assertThat(jdbc.sql("select count(*) from uppgift").query(Long.class).single())
                .isGreaterThanOrEqualTo(PROFIL.oppnaBedomningar() + PROFIL.oppnaUtredningar());
        // the copies hold together: no row points into another case's process instances, none at a row that is missing
        assertThat(
                        antal(
                                "act_ru_execution e join act_ru_execution p on p.id_ = e.parent_id_ where p.proc_inst_id_ <> e.proc_inst_id_"))
                .as("executions whose parent is in another process instance")
                .isZero();
        assertThat(
                        antal(
                                "(select super_exec_ from act_ru_execution where super_exec_ is not null group by 1 having count(*) > 1) x"))
                .as("call activities with more than one called instance")
                .isZero();
        assertThat(
                        antal(
                                "act_ru_execution e where e.super_exec_ is not null and not exists (select 1 from act_ru_execution s where s.id_ = e.super_exec_)"))
                .as("called instances without their call activity")
                .isZero();
        assertThat(
                        antal(
                                "act_ru_task t where not exists (select 1 from act_ru_execution e where e.id_ = t.execution_id_ and e.proc_inst_id_ = t.proc_inst_id_)"))
                .as("tasks without their execution")
                .isZero();
        assertThat(
                        antal(
                                "act_ru_job j where j.execution_id_ is not null and not exists (select 1 from act_ru_execution e where e.id_ = j.execution_id_ and e.proc_inst_id_ = j.process_instance_id_)"))
                .as("timers without their execution")
                .isZero();
        assertThat(
                        antal(
                                "act_ru_variable v where v.execution_id_ is not null and not exists (select 1 from act_ru_execution e where e.id_ = v.execution_id_ and e.proc_inst_id_ = v.proc_inst_id_)"))
                .as("variables without their execution")
                .isZero();
        assertThat(
                        antal(
                                "uppgift u where u.lexsarah_id is null and not exists (select 1 from act_ru_task t where t.id_ = u.task_id)"))
                .as("task list rows without an engine task")
                .isZero();
        // a provider's task (the genomförandeplan) is worked from its orders, not the task lists
        // (UppgiftshandelserFranMotorn)
        assertThat(antal("""
                act_ru_task t where not exists (select 1 from uppgift u where u.task_id = t.id_)
                 and not exists (select 1 from act_ru_identitylink l where l.task_id_ = t.id_ and l.type_ = 'candidate'
                                    and l.group_id_ like '%:UTFORARE')""")).as("engine tasks missing from the task lists").isZero();
        assertThat(antal("arende a where not exists (select 1 from person p where p.id = a.person_id)"))
                .as("cases without a person")
                .isZero();
    }

    enum Form {
        OPPEN_BEDOMNING,
        OPPEN_UTREDNING,
        AKTIVT_BESLUT,
        AVSLUTAT
    }

    private void kopiera(
            Kopiering kopiering,
            List<UUID> mallar,
            int onskat,
            Kopiering.Forskjutning forskjutning,
            String vad,
            List<String> logg)
            throws Exception {
        // the open work's templates count among the wanted cases; the history is copies only
        boolean historik = vad.startsWith("closed");
        int kopior = historik ? onskat / mallar.size() : (onskat - mallar.size()) / mallar.size();
        if (kopior <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        Kopiering.Mallar lasta = kopiering.las(mallar);
        long rader = 0;
        for (int gjorda = 0; gjorda < kopior; gjorda += 10) {
            rader += kopiering.skriv(lasta, Math.min(10, kopior - gjorda), forskjutning);
        }
        logg.add(String.format(
                "%s: %d templates (%d rows) copied %d times: %d rows in %.0f s",
                vad, mallar.size(), lasta.antalRader(), kopior, rader, sek(t0)));
    }

    /** Makes {@code antal} cases of one shape, spread over the units, from two threads. */
    private List<UUID> mallar(int antal, Form form) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TRADAR);
        List<Future<UUID>> arenden = new ArrayList<>();
        AtomicInteger klara = new AtomicInteger();
        for (int i = 0; i < antal; i++) {
            int nummer = i;
            arenden.add(pool.submit(() -> {
                UUID id = mall(form, nummer);
                if (klara.incrementAndGet() % 50 == 0) {
                    System.out.println(form + ": " + klara.get() + " of " + antal);
                }
                return id;
            }));
        }
        List<UUID> ider = new ArrayList<>();
        for (Future<UUID> f : arenden) {
            ider.add(f.get());
        }
        pool.shutdown();
        return ider;
    }

    private UUID mall(Form form, int nummer) {
        Random slump = new Random(form.ordinal() * 100_000L + nummer);
        // decisions in LSS only: the one insats whose decision the generator knows how to write
        String enhet = form == Form.AKTIVT_BESLUT ? "LSS" : ENHETSKODER.get(nummer % ENHETSKODER.size());
        String arendetyp = ENHETER.get(enhet);
        String handlaggare =
                "gen." + enhet.toLowerCase() + ".h" + String.format("%02d", 1 + nummer % PROFIL.handlaggarePerEnhet());
        HttpSession api =
                sessioner.computeIfAbsent("api:" + handlaggare, k -> HttpSession.api(port, handlaggare, LOSENORD));
        HttpSession sida =
                sessioner.computeIfAbsent("sida:" + handlaggare, k -> HttpSession.browser(port, handlaggare, LOSENORD));

        int dagarSedan = switch (form) {
            case OPPEN_BEDOMNING -> slump.nextInt(20);
            case OPPEN_UTREDNING -> slump.nextInt(150);
            case AKTIVT_BESLUT -> 100 + slump.nextInt(200);
            case AVSLUTAT -> 1 + slump.nextInt(20);
        };
        OffsetDateTime inkom = OffsetDateTime.now().minusDays(dagarSedan).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> svar = api.post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"%s","efternamn":"%s","arendetyp":"%s","typ":"ANSOKAN","inkom":"%s",
                 "orsakskod":"ANSOKAN_INSATS","enhet":"%s","beskrivning":"Genererad ansökan (syntetisk person)"}""".formatted(
                        personnummer(arendetyp, slump),
                        FORNAMN.get(slump.nextInt(FORNAMN.size())),
                        EFTERNAMN.get(slump.nextInt(EFTERNAMN.size())),
                        arendetyp,
                        inkom,
                        enhet));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        UUID arendeId = UUID.fromString(HttpSession.json(svar.body(), "arendeId"));
        if (form == Form.OPPEN_BEDOMNING) {
            if (nummer / ENHETSKODER.size() % 5 == 0) { // a fifth of each unit's (the unit is nummer % 5)
                ta(sida, uppgift(arendeId, Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING));
            }
            return arendeId;
        }
        slutfor(
                sida,
                uppgift(arendeId, Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING),
                form == Form.AVSLUTAT
                        ? Map.of(
                                "bedomning",
                                "LEDER_INTE_TILL_UTREDNING",
                                "motivering",
                                "Behovet tillgodoses på annat sätt")
                        : Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan ska utredas"));
        if (form == Form.AVSLUTAT) {
            return arendeId;
        }
        String utreda = uppgift(arendeId, Utredningsprocessen.TASK_UTREDA);
        if (form == Form.OPPEN_UTREDNING) {
            if (nummer / ENHETSKODER.size() % 5 == 0) { // a fifth of each unit's (the unit is nummer % 5)
                ta(sida, utreda);
            }
            return arendeId;
        }
        // written as a draft and signed on the investigation page, which completes Utreda (issue 14)
        se.tillit.utredning.SkrivUtredning.signera(sida, jdbc, arendeId, "LSS_BOSTAD_SARSKILD_SERVICE");
        LocalDate beslutsdag = LocalDate.now(se.tillit.drift.Svensktid.ZON).minusDays(dagarSedan - 60L);
        int niva = 1 + slump.nextInt(5);
        Utforare bestalld = utforare(slump);
        HttpResponse<String> beslut = igen(() -> api.post(
                "/api/arenden/" + arendeId + "/beslut",
                BOSTAD.formatted(beslutsdag, beslutsdag.plusDays(14), niva, bestalld.kod(), bestalld.utforartyp())));
        assertThat(beslut.statusCode()).as(beslut.body()).isEqualTo(201);
        String beslutId = HttpSession.json(beslut.body(), "id");
        HttpResponse<String> delgivning = igen(() -> api.post(
                "/api/beslut/" + beslutId + "/delgivning",
                "{\"delgivningsdatum\":\"" + beslutsdag.plusDays(2) + "\"}"));
        assertThat(delgivning.statusCode()).as(delgivning.body()).isEqualTo(200);
        HttpSession utforare = sessioner.computeIfAbsent(
                "utforare:" + bestalld.kod(), k -> HttpSession.api(port, bestalld.konto(), LOSENORD));
        LocalDate verkstalldDag = beslutsdag.plusDays(10 + slump.nextInt(30));
        HttpResponse<String> verkstalld = igen(() -> utforare.post(
                "/api/beslut/" + beslutId + "/verkstallighet", "{\"verkstalld\":\"" + verkstalldDag + "\"}"));
        assertThat(verkstalld.statusCode()).as(verkstalld.body()).isEqualTo(204);
        return arendeId;
    }

    /** A provider unit drawn by the units' shares: the copies then spread the orders as their templates are spread. */
    private static Utforare utforare(Random slump) {
        int dragen = slump.nextInt(UTFORARE.stream().mapToInt(Utforare::vikt).sum());
        for (Utforare utforare : UTFORARE) {
            dragen -= utforare.vikt();
            if (dragen < 0) {
                return utforare;
            }
        }
        throw new IllegalStateException("the shares add up to less than drawn");
    }

    /**
     * A command again when it met a timer firing on the same process instance at the same moment (the engine's
     * optimistic lock: the command was rolled back whole, so sending it again is safe).
     */
    private HttpResponse<String> igen(java.util.function.Supplier<HttpResponse<String>> kommando) {
        HttpResponse<String> svar = kommando.get();
        for (int i = 0; i < 5 && (svar.statusCode() == 409 || svar.statusCode() >= 500); i++) {
            omforsok.incrementAndGet();
            sov(200L * (i + 1));
            svar = kommando.get();
        }
        return svar;
    }

    private static void sov(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String uppgift(UUID arendeId, String uppgiftstyp) {
        return jdbc.sql("select task_id from uppgift where arende_id = :a and uppgiftstyp = :t")
                .param("a", arendeId)
                .param("t", uppgiftstyp)
                .query(String.class)
                .single();
    }

    private static void ta(HttpSession sida, String taskId) {
        HttpResponse<String> svar = sida.postForm("/uppgifter/" + taskId + "/ta", Map.of());
        assertThat(svar.statusCode()).as("take " + taskId).isEqualTo(302);
    }

    /** Takes the task and completes it on its page, as a handläggare does. */
    private static void slutfor(HttpSession sida, String taskId, Map<String, String> falt) {
        ta(sida, taskId);
        HttpResponse<String> svar = sida.postForm("/uppgifter/" + taskId, falt);
        assertThat(svar.statusCode())
                .as("complete " + taskId + ": " + svar.body())
                .isEqualTo(302);
        assertThat(svar.headers().firstValue("Location").orElse(""))
                .as("completed, not sent back")
                .endsWith("/uppgifter");
    }

    /** A made-up personnummer that passes the checksum, born to fit the case type. */
    private String personnummer(String arendetyp, Random slump) {
        int ar = switch (arendetyp) {
            case "BARN_OCH_UNGA" -> 2009 + slump.nextInt(15);
            case "SOL_ALDRE" -> 1928 + slump.nextInt(25);
            default -> 1950 + slump.nextInt(50);
        };
        while (true) {
            LocalDate fodd = LocalDate.of(ar, 1 + slump.nextInt(12), 1 + slump.nextInt(28));
            String nio = fodd.toString().replace("-", "").substring(2) + String.format("%03d", 1 + slump.nextInt(999));
            String nummer = fodd.toString().replace("-", "") + "-" + nio.substring(6) + Kopiering.kontrollsiffra(nio);
            if (giltigt(nummer) && anvandaPersonnummer.putIfAbsent(nummer, true) == null) {
                return nummer;
            }
        }
    }

    /** The application's own check (the personnummer library's), so a generated number is never refused. */
    static boolean giltigt(String nummer) {
        try {
            se.tillit.person.Personnummer.tolka(nummer);
            return true;
        } catch (se.tillit.person.OgiltigtPersonnummerException e) {
            return false;
        }
    }

    /** Generated accounts, with a cheap bcrypt cost: the load test logs in hundreds of times. */
    private void konton() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(LOSENORD);
        for (String enhet : ENHETSKODER) {
            String e = enhet.toLowerCase();
            for (int h = 1; h <= PROFIL.handlaggarePerEnhet(); h++) {
                konto(
                        "gen." + e + ".h" + String.format("%02d", h),
                        "Genererad handläggare " + h + " " + enhet,
                        hash,
                        enhet,
                        "HANDLAGGARE");
            }
            konto("gen." + e + ".chef", "Genererad chef " + enhet, hash, enhet, "CHEF");
        }
        konto("gen.admin", "Genererad administratör", hash, "SOCFORV", "ADMIN");
        konto("gen.revisor", "Genererad revisor", hash, "NAMND", "REVISOR");
        for (Utforare utforare : UTFORARE) {
            jdbc.sql("""
                            insert into enhet (kod, namn, typ, skapad_av) values (:kod, :namn, 'UTFORARE', 'generator')
                            on conflict (kod) do nothing""")
                    .param("kod", utforare.kod())
                    .param("namn", utforare.namn())
                    .update();
            konto(utforare.konto(), "Genererad personal, " + utforare.namn(), hash, utforare.kod(), "UTFORARE");
        }
    }

    private void konto(String anvandarnamn, String namn, String hash, String enhet, String roll) {
        jdbc.sql(
                        "insert into anvandare (anvandarnamn, namn, losenord_hash, skapad_av) values (:a, :n, :h, 'generator')")
                .param("a", anvandarnamn)
                .param("n", namn)
                .param("h", hash)
                .update();
        jdbc.sql(
                        "insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av) values (:a, :e, :r, 'generator')")
                .param("a", anvandarnamn)
                .param("e", enhet)
                .param("r", roll)
                .update();
    }

    private void vantaPaForfallnaJobb() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            long forfallna = jdbc.sql(
                            "select count(*) from act_ru_job where duedate_ <= now() and retries_ > 0 and suspension_state_ = 1")
                    .query(Long.class)
                    .single();
            if (forfallna == 0) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    private String sammanfattning(double sekunder, List<String> logg) {
        String rader = """
                | what | count |
                |---|---|
                | persons | %d |
                | cases (open / closed) | %d / %d |
                | open tasks (engine) | %d |
                | open tasks in the task lists (projection) | %d |
                | active decisions (favourable, executed, not ended) | %d |
                | provider units with orders / the largest unit's orders | %d / %d |
                | timers in the future | %d |
                | engine history: process instances / activity instances / variable updates | %d / %d / %d |
                | database size | %s |
                """.formatted(
                antal("person"),
                antal("arende where avslutat is null"),
                antal("arende where avslutat is not null"),
                antal("act_ru_task"),
                antal("uppgift"),
                antal("bestallning where verkstalld is not null"),
                antal("(select distinct utforare from bestallning) x"),
                jdbc.sql("select coalesce(max(n), 0) from (select count(*) as n from bestallning group by utforare) x")
                        .query(Long.class)
                        .single(),
                antal("act_ru_job where handler_type_ = 'timer-transition' or handler_type_ like 'timer%'"),
                antal("act_hi_procinst"),
                antal("act_hi_actinst"),
                antal("act_hi_detail"),
                jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))")
                        .query(String.class)
                        .single());
        return "Profile " + PROFIL.namn() + ", database " + DATABAS + ", generated in "
                + String.format("%.0f", sekunder)
                + " s on " + Runtime.getRuntime().availableProcessors() + " cores, PostgreSQL "
                + jdbc.sql("show server_version").query(String.class).single() + ".\n\n"
                + String.join("\n", logg.stream().map(l -> "- " + l).toList())
                + "\n\n" + rader;
    }

    private long antal(String fran) {
        return jdbc.sql("select count(*) from " + fran).query(Long.class).single();
    }

    private static double sek(long fran) {
        return (System.nanoTime() - fran) / 1e9;
    }
}
