package se.tillit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.tillit.HttpSession;

/**
 * The task list and the overdue view on a Stockholm-size unit load, side by side with Camunda's REST task query
 * on the same tasks (issue 3/7). Not part of mvn verify: {@code mvn -pl app test -Pbenchmark}. Needs PostgreSQL
 * on 127.0.0.1:5432 (trust auth, or TILLIT_BENCHMARK_JDBC_URL); creates and drops a database of its own.
 * Writes app/target/benchmark-uppgiftslista.md.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "logging.level.root=warn"})
class UppgiftslistaBenchmarkTest {

    static final int ENHETER = 20;
    static final int HANDLAGGARE_PER_ENHET = 10;
    static final int ARENDEN = 100_000;
    static final int UPPGIFTER = 50_000;
    static final int SAMTIDIGA = 8;
    static final int UPPVARMNING = 200;
    static final int MATNINGAR = 2_000;
    static final String LOSENORD = "benchmark-losenord";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void databas(DynamicPropertyRegistry registry) throws Exception {
        se.tillit.benchmark.BenchmarkDatabas.skapa("tillit_benchmark_", registry);
    }

    @Test
    void theTaskListAndTheOverdueViewAgainstTheEnginesTaskQuery() throws Exception {
        double fyllning = Benchmarkrapport.sekunder(this::fyll);
        assertThat(jdbc.sql("select count(*) from uppgift").query(Long.class).single())
                .isEqualTo(UPPGIFTER);

        Benchmarkrapport rapport = new Benchmarkrapport(
                "query", "requests", "concurrency", "p50 ms", "p95 ms", "p99 ms", "throughput req/s", "errors");
        rapport.rad(mat("Tillit: Enhetens uppgifter (25 of ~2 500 open tasks of the unit, by deadline)", traad -> {
            HttpSession s = HttpSession.browser(
                    port, "bench.h" + String.format("%03d", traad * HANDLAGGARE_PER_ENHET + 1), LOSENORD);
            return () -> s.get("/uppgifter?vy=enhetens");
        }));
        rapport.rad(mat("Tillit: Försenat (counts per type and handläggare for the unit)", traad -> {
            HttpSession s = HttpSession.browser(port, "bench.c" + String.format("%02d", traad + 1), LOSENORD);
            return () -> s.get("/forsenat");
        }));
        rapport.rad(mat("Camunda REST: GET /engine-rest/task?candidateGroups=…&sortBy=dueDate&maxResults=25", traad -> {
            HttpSession s = HttpSession.api(port, "bench.admin", LOSENORD);
            String grupp = "BENCH" + String.format("%02d", traad + 1) + ":HANDLAGGARE";
            return () ->
                    s.get("/engine-rest/task?candidateGroups=" + grupp + "&sortBy=dueDate&sortOrder=asc&maxResults=25");
        }));

        String resultat = "Dataset: " + ARENDEN + " cases, " + UPPGIFTER + " open tasks, "
                + ENHETER * HANDLAGGARE_PER_ENHET
                + " handläggare in " + ENHETER + " units (filled in " + String.format("%.1f", fyllning) + " s). "
                + MATNINGAR + " measured requests per row after " + UPPVARMNING + " warm-up, " + SAMTIDIGA
                + " concurrent clients on loopback. Machine: " + Benchmarkrapport.maskin(jdbc) + ".";
        rapport.skriv("benchmark-uppgiftslista.md", resultat);
    }

    /** Fills the database in bulk: units, accounts, persons, cases, the engine's tasks and their projection. */
    private void fyll() {
        String hash =
                "{bcrypt}" + new BCryptPasswordEncoder(4).encode(LOSENORD); // cheap on purpose: Basic auth per request
        jdbc.sql(
                        "insert into enhet (kod, namn, typ, skapad_av) select 'BENCH' || lpad(e::text, 2, '0'), 'Enhet ' || e, 'MYNDIGHET', 'benchmark' from generate_series(1, :n) e")
                .param("n", ENHETER)
                .update();
        jdbc.sql(
                        "insert into enhet (kod, namn, typ, skapad_av) values ('BENCHADM', 'Förvaltning', 'FORVALTNING', 'benchmark')")
                .update();
        jdbc.sql("""
                insert into anvandare (anvandarnamn, namn, losenord_hash, skapad_av)
                select 'bench.h' || lpad(h::text, 3, '0'), 'Handläggare ' || h, :hash, 'benchmark' from generate_series(1, :n) h""")
                .param("hash", hash)
                .param("n", ENHETER * HANDLAGGARE_PER_ENHET)
                .update();
        jdbc.sql("""
                insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av)
                select 'bench.h' || lpad(h::text, 3, '0'), 'BENCH' || lpad(((h - 1) / :per + 1)::text, 2, '0'), 'HANDLAGGARE', 'benchmark'
                  from generate_series(1, :n) h""")
                .param("per", HANDLAGGARE_PER_ENHET)
                .param("n", ENHETER * HANDLAGGARE_PER_ENHET)
                .update();
        jdbc.sql("""
                insert into anvandare (anvandarnamn, namn, losenord_hash, skapad_av)
                select 'bench.c' || lpad(e::text, 2, '0'), 'Chef ' || e, :hash, 'benchmark' from generate_series(1, :n) e""").param("hash", hash).param("n", ENHETER).update();
        jdbc.sql("""
                insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av)
                select 'bench.c' || lpad(e::text, 2, '0'), 'BENCH' || lpad(e::text, 2, '0'), 'CHEF', 'benchmark' from generate_series(1, :n) e""").param("n", ENHETER).update();
        jdbc.sql(
                        "insert into anvandare (anvandarnamn, namn, losenord_hash, skapad_av) values ('bench.admin', 'Admin', :hash, 'benchmark')")
                .param("hash", hash)
                .update();
        jdbc.sql(
                        "insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av) values ('bench.admin', 'BENCHADM', 'ADMIN', 'benchmark')")
                .update();
        // synthetic numbers: 12 digits in the shape of a personnummer, not valid ones (they are never parsed here)
        jdbc.sql("""
                insert into person (id, personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                select md5('p' || p)::uuid, '1950' || lpad(p::text, 8, '0'), 'Person', 'Nummer ' || p, date '1950-01-01', 'K', 'benchmark'
                  from generate_series(1, :n) p""").param("n", ARENDEN).update();
        jdbc.sql("""
                insert into arende (id, arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                select md5('a' || a)::uuid, 'B-' || lpad(a::text, 6, '0'), md5('p' || a)::uuid, 'LSS',
                       'BENCH' || lpad((a % :enheter + 1)::text, 2, '0'), now() - (a % 400) * interval '1 day', 'benchmark'
                  from generate_series(1, :n) a""").param("enheter", ENHETER).param("n", ARENDEN).update();
        // every second case has an open task: due between 30 days ago and 120 days ahead; a fifth assigned
        jdbc.sql("""
                insert into act_ru_task (id_, rev_, proc_def_id_, name_, task_def_key_, priority_, create_time_, due_date_,
                                         suspension_state_, assignee_)
                select 'bench-' || t, 1, (select id_ from act_re_procdef where key_ = 'utredning' order by version_ desc limit 1),
                       'Utreda', 'Task_Utreda', 50, now() - interval '10 days',
                       now() + ((t % 150) - 30) * interval '1 day', 1,
                       case when t % 5 = 0 then 'bench.h' || lpad(((t * 2 % :enheter) * :per + 1)::text, 3, '0') end
                  from generate_series(1, :n) t""")
                .param("enheter", ENHETER)
                .param("per", HANDLAGGARE_PER_ENHET)
                .param("n", UPPGIFTER)
                .update();
        jdbc.sql("""
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                select 'bench-il-' || t, 1, 'BENCH' || lpad((t * 2 % :enheter + 1)::text, 2, '0') || ':HANDLAGGARE', 'candidate', 'bench-' || t
                  from generate_series(1, :n) t""").param("enheter", ENHETER).param("n", UPPGIFTER).update();
        jdbc.sql("""
                insert into uppgift (task_id, process_instance_id, arende_id, arendenummer, arendetyp, person_id, person_namn, personnummer,
                                     skyddad, uppgiftstyp, namn, enhet_kod, kandidatroll, tilldelad, skapad, forfaller, frist_kalla, dagberakning)
                select 'bench-' || t, 'bench-pi-' || t, md5('a' || (t * 2))::uuid, 'B-' || lpad((t * 2)::text, 6, '0'), 'LSS',
                       md5('p' || (t * 2))::uuid, 'Person Nummer ' || (t * 2), '1950' || lpad((t * 2)::text, 8, '0'), false,
                       'Task_Utreda', 'Utreda', 'BENCH' || lpad((t * 2 % :enheter + 1)::text, 2, '0'), 'HANDLAGGARE',
                       case when t % 5 = 0 then 'bench.h' || lpad(((t * 2 % :enheter) * :per + 1)::text, 3, '0') end,
                       now() - interval '10 days', now() + ((t % 150) - 30) * interval '1 day', 'LOKALT_MAL', 'KALENDERDAGAR'
                  from generate_series(1, :n) t""")
                .param("enheter", ENHETER)
                .param("per", HANDLAGGARE_PER_ENHET)
                .param("n", UPPGIFTER)
                .update();
        jdbc.sql("analyze").update();
    }

    /** Runs the request from {@value #SAMTIDIGA} clients; returns a table row of latencies. */
    private String mat(String namn, IntFunction<Anrop> klient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SAMTIDIGA);
        List<Future<long[]>> resultat = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < SAMTIDIGA; t++) {
            int traad = t;
            resultat.add(pool.submit(() -> {
                Anrop anrop = klient.apply(traad);
                for (int i = 0; i < UPPVARMNING / SAMTIDIGA; i++) {
                    anrop.gor();
                }
                long[] tider = new long[MATNINGAR / SAMTIDIGA + 1];
                int fel = 0;
                for (int i = 0; i < MATNINGAR / SAMTIDIGA; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> svar = anrop.gor();
                    tider[i] = System.nanoTime() - t0;
                    if (svar.statusCode() != 200) {
                        fel++;
                    }
                }
                tider[tider.length - 1] = fel;
                return tider;
            }));
        }
        List<Long> alla = new ArrayList<>();
        long fel = 0;
        for (Future<long[]> f : resultat) {
            long[] tider = f.get();
            for (int i = 0; i < tider.length - 1; i++) {
                alla.add(tider[i]);
            }
            fel += tider[tider.length - 1];
        }
        double sekunder = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(alla);
        return String.format(
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %d |",
                namn,
                alla.size(),
                SAMTIDIGA,
                percentil(alla, 50),
                percentil(alla, 95),
                percentil(alla, 99),
                (alla.size() + UPPVARMNING) / sekunder,
                fel);
    }

    private static double percentil(List<Long> sorterade, int p) {
        return sorterade.get(Math.min(sorterade.size() - 1, (int) Math.ceil(p / 100.0 * sorterade.size()) - 1)) / 1e6;
    }

    interface Anrop {
        HttpResponse<String> gor();
    }
}
