package se.tillit.uppgift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Roll;
import testprobes.Anropskostnad;
import testprobes.Anropskostnad.Kostnad;

/**
 * What one request for the unit's task list costs, counted (issue 15): the SQL statements and the static-resource
 * lookups of a full page are those of an empty one. A cost per row or per link (a query per task, a class-path lookup
 * per {@code @{...}} link: 60 a page made the list 90 times slower than the engine's REST query at profile M) shows
 * here as a count that grows with the page, whatever the machine's speed.
 */
@TillitSpringTest
class UppgiftslistansKostnadTest {

    /** handlaggare.lss works in LSS and VUX: the list holds both units' tasks. */
    private static final List<String> ENHETER = List.of("LSS", "VUX");

    private static final String LISTAN = "/uppgifter?vy=enhetens";
    /** Camunda's REST task query for the same unit, page size and order, as the load test asks it. */
    private static final String REST =
            "/engine-rest/task?candidateGroups=LSS:HANDLAGGARE&sortBy=dueDate&sortOrder=asc&maxResults=25";

    private static final String TJANSTEKONTO = "lasttest.rest";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFullPageOfTheUnitsTasksCostsNoMoreStatementsThanAnEmptyOneAndNoResourceLookups() {
        fyllEnSida();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        leo.get(LISTAN); // the first use of the page fills the caches (templates, messages): not what is counted

        String markering = UUID.randomUUID().toString();
        HttpResponse<String> full = leo.get(LISTAN, Anropskostnad.HEADER, markering);
        Kostnad fullKostnad = Anropskostnad.kostnad(markering);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body())
                .as("the page shows a full page of the unit's tasks")
                .contains(forstaSidan());

        String tomMarkering = UUID.randomUUID().toString();
        HttpResponse<String> tom = leo.get(LISTAN + "&uppgiftstyp=Task_FinnsInte", Anropskostnad.HEADER, tomMarkering);
        Kostnad tomKostnad = Anropskostnad.kostnad(tomMarkering);
        assertThat(tom.statusCode()).isEqualTo(200);
        assertThat(tom.body()).doesNotContain(forstaSidan().get(0));

        System.out.printf(
                "Uppgiftslistans kostnad: %d SQL-satser och %d resursuppslag för en sida med 25 rader, %d och %d utan rader%n",
                fullKostnad.sql(), fullKostnad.resursuppslag(), tomKostnad.sql(), tomKostnad.resursuppslag());
        // the account check reads the account at most once a second (Kontoversioner, tillit.sakerhet.kontokontroll): it
        // lands in whichever request comes after the second has passed, which is timing, not the page's cost
        java.util.List<String> fullaSatser = utanKontokontroll(fullKostnad.satser());
        java.util.List<String> tommaSatser = utanKontokontroll(tomKostnad.satser());
        assertThat(fullaSatser.size())
                .as("SQL statements of 25 rows against 0 rows: %s against %s", fullaSatser, tommaSatser)
                .isEqualTo(tommaSatser.size())
                .as("SQL statements of the page: %s", String.join("\n", fullaSatser))
                .isLessThanOrEqualTo(8);
        assertThat(fullKostnad.resursuppslag())
                .as("links resolved against the static resources, 25 rows")
                .isZero();
        assertThat(tomKostnad.resursuppslag())
                .as("links resolved against the static resources, 0 rows")
                .isZero();
    }

    private static java.util.List<String> utanKontokontroll(java.util.List<String> satser) {
        return satser.stream()
                .filter(sats -> !sats.startsWith("select behorighetsversion, aktiv from anvandare"))
                .toList();
    }

    /**
     * The regression guard of every CI run (issue 15): a small load of the unit's task list and of Camunda's REST task
     * query for the same unit, page size and order, from the same clients in the same run, interleaved so that both
     * meet the same machine. The ratio is written to the log ({@code grep 'Uppgiftslistan mot REST'}); nothing is
     * asserted about time (a shared CI machine is no stopwatch), only that every request answered 200. Profile M's
     * target is a ratio at p95 of at most 1 (docs/performance.md); a cost per row or link shows as a ratio of ten.
     */
    @Test
    void theUnitsListAndTheEnginesRestQueryUnderTheSameSmallLoadTheirRatioInTheLog() throws Exception {
        fyllEnSida();
        skapaTjanstekonto();
        int klienter = 4;
        int uppvarmning = 15;
        int matta = 50;
        List<Long> lista = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Long> rest = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(klienter);
        try {
            List<java.util.concurrent.Future<?>> klara = new java.util.ArrayList<>();
            for (int k = 0; k < klienter; k++) {
                klara.add(pool.submit(() -> {
                    HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
                    HttpSession motor = HttpSession.basic(port, TJANSTEKONTO, DemoKonton.LOSENORD);
                    for (int i = 0; i < uppvarmning + matta; i++) {
                        long listansTid = tid(leo, LISTAN);
                        long restTid = tid(motor, REST);
                        if (i >= uppvarmning) {
                            lista.add(listansTid);
                            rest.add(restTid);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> klar : klara) {
                klar.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long[] l = sorterade(lista);
        long[] r = sorterade(rest);
        System.out.printf(
                java.util.Locale.ROOT,
                "Uppgiftslistan mot REST (%d klienter, %d anrop var): Tillit p50/p95/p99 %.1f/%.1f/%.1f ms,"
                        + " Camunda REST %.1f/%.1f/%.1f ms; kvot p50 %.2f, p95 %.2f (mål profil M: p95 högst 1)%n",
                klienter,
                l.length,
                ms(l, 50),
                ms(l, 95),
                ms(l, 99),
                ms(r, 50),
                ms(r, 95),
                ms(r, 99),
                ms(l, 50) / ms(r, 50),
                ms(l, 95) / ms(r, 95));
        assertThat(l).hasSize(klienter * matta);
    }

    private static long tid(HttpSession session, String path) {
        long start = System.nanoTime();
        HttpResponse<String> svar = session.get(path);
        long tid = System.nanoTime() - start;
        assertThat(svar.statusCode()).as(path).isEqualTo(200);
        return tid;
    }

    private static long[] sorterade(List<Long> tider) {
        return tider.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double ms(long[] sorterade, int percentil) {
        return sorterade[Math.min(sorterade.length - 1, (int) Math.ceil(percentil / 100.0 * sorterade.length) - 1)]
                / 1e6;
    }

    /**
     * A service account for the REST query with a cheap bcrypt cost (4), as the load test's: HTTP Basic checks the
     * password on every request, and the demo accounts' cost would be most of what is measured.
     */
    private void skapaTjanstekonto() {
        Testkonton.skapaTjanstekonto(jdbc, TJANSTEKONTO, "Lasttestens REST-konto", "SOCFORV", Roll.INTEGRATION);
    }

    /** The ids of the first page of the unit's unassigned tasks, in the list's order. */
    private List<String> forstaSidan() {
        return jdbc.sql("""
                        select task_id from uppgift where enhet_kod in (:enheter) and kandidatroll = 'HANDLAGGARE' and tilldelad is null
                         order by forfaller asc nulls last, skapad asc limit 25""").param("enheter", ENHETER).query(String.class).list();
    }

    /** At least a page and one more of the unit's unassigned tasks: new assessments, as the tests before left it. */
    private void fyllEnSida() {
        long finns = jdbc.sql(
                        "select count(*) from uppgift where enhet_kod = 'LSS' and kandidatroll = 'HANDLAGGARE' and tilldelad is null")
                .query(Long.class)
                .single();
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        for (long i = finns; i < 26; i++) {
            String personnummer = Testpersoner.medKontrollsiffra("192704%02d-984".formatted(i + 1));
            HttpResponse<String> svar = api.post("/api/aktualiseringar", """
                    {"personnummer":"%s","fornamn":"Lista","efternamn":"Kostnadsson","arendetyp":"LSS","typ":"ANSOKAN",
                     "inkom":"%s","orsakskod":"TEST","enhet":"LSS"}""".formatted(
                            personnummer, se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));
            assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        }
    }
}
