package se.tillit.kostnad.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.tillit.benchmark.Benchmarkrapport;

/**
 * The monthly cost of 20 000 executed insatser (issue 4/7: under 10 s on this machine). Not part of mvn verify:
 * {@code mvn -pl app test -Pbenchmark -Dtest=KostnadBenchmarkTest}. Needs PostgreSQL on 127.0.0.1:5432 (trust auth,
 * or TILLIT_BENCHMARK_JDBC_URL); creates a database of its own. Writes app/target/benchmark-kostnad.md.
 *
 * The data is written in bulk, synthetic: 20 000 persons, cases, favourable LSS/SoL decisions and orders to 20
 * providers, mixed like Södertälje's volumes (seed 004 §5.2): housing at levels 1–5 with a tenth booked mid-month
 * (tomdygn), daily activity (a third in egen regi with attendance on about 19 of 21 weekdays), daily activity in
 * housing, personal assistance and boendestöd by the hour (half with performed hours imported), korttidsvistelse,
 * vaken natt; one in 50 with an avbrott, one in 25 ending mid-month.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "logging.level.root=warn"})
class KostnadBenchmarkTest {

    static final int INSATSER = 20_000;
    static final YearMonth MANAD = YearMonth.of(2014, 6);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Manadskostnader manadskostnader;

    @DynamicPropertySource
    static void databas(DynamicPropertyRegistry registry) throws Exception {
        se.tillit.benchmark.BenchmarkDatabas.skapa("tillit_benchmark_kostnad_", registry);
    }

    @Test
    void theMonthlyCostOfTwentyThousandExecutedInsatser() throws Exception {
        double fyllning = Benchmarkrapport.sekunder(this::fyll);

        Benchmarkrapport rader = new Benchmarkrapport("run", "insatser", "lines", "errors", "seconds");
        Manadsrapport rapport = null;
        for (int korning = 1; korning <= 3; korning++) {
            long t = System.nanoTime();
            rapport = manadskostnader.berakna(MANAD);
            rader.rad("| compute " + MANAD + (korning == 1 ? " (first, cold)" : "") + " | " + INSATSER + " | "
                    + rapport.rader().size() + " | " + rapport.fel().size() + " | "
                    + String.format("%.2f", Benchmarkrapport.sekunder(t))
                    + " |");
        }
        assertThat(rapport.fel()).isEmpty();
        long t = System.nanoTime();
        Manadsrapport stangd = manadskostnader.stang(MANAD, "benchmark");
        rader.rad("| close (compute and store) | " + INSATSER + " | "
                + stangd.rader().size() + " | 0 | " + String.format("%.2f", Benchmarkrapport.sekunder(t)) + " |");
        t = System.nanoTime();
        Manadsrapport last = manadskostnader.rapport(MANAD);
        rader.rad("| read the closed month | " + INSATSER + " | " + last.rader().size() + " | 0 | "
                + String.format("%.2f", Benchmarkrapport.sekunder(t)) + " |");
        assertThat(last.summa()).isEqualByComparingTo(rapport.summa());

        String resultat = "Monthly cost benchmark, " + java.time.LocalDate.now(se.tillit.drift.Svensktid.ZON) + ": "
                + INSATSER + " executed insatser, month "
                + MANAD + ", " + Benchmarkrapport.maskin(jdbc)
                + ". Filling the database took " + String.format("%.1f", fyllning) + " s. Total for the month: "
                + rapport.summa().toPlainString() + " kr in "
                + rapport.summering().size() + " summary rows.";
        rader.skriv("benchmark-kostnad.md", resultat);
    }

    private void fyll() {
        jdbc.sql("""
                insert into enhet (kod, namn, typ, skapad_av)
                select 'UTF-B' || lpad(g::text, 2, '0'), 'Utförare ' || g, 'UTFORARE', 'benchmark' from generate_series(1, 20) g
                on conflict do nothing""").update();
        jdbc.sql(
                        "insert into enhet (kod, namn, typ, skapad_av) values ('LSS', 'LSS', 'MYNDIGHET', 'benchmark') on conflict do nothing")
                .update();
        jdbc.sql("""
                insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                select '18' || lpad(g::text, 10, '0'), 'Bench', 'Person ' || g, date '1950-01-01', 'K', 'benchmark'
                  from generate_series(1, :n) g""").param("n", INSATSER).update();
        jdbc.sql("""
                insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                select 'B-' || substr(personnummer, 3), id, 'LSS', 'LSS', timestamptz '2013-06-01', 'benchmark'
                  from person where skapad_av = 'benchmark'""").update();
        // the mix by the case's number n: n % 20 decides the insats
        jdbc.sql("""
                insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, omfattning, niva,
                                    giltig_from, giltig_tom, motivering, overklagandehanvisning, beslutsfattare,
                                    delegationspunkt, beslutsdatum, skapad_av)
                select a.id, t.insats, 'BIFALL', t.lag, case t.lag when 'LSS' then '1993:387' else '2001:453' end,
                       case t.lag when 'SOL' then 4 end, '9 §', t.omfattning, t.niva, date '2013-12-01',
                       case when n % 25 = 0 then date '2014-06-18' end, 'benchmark', true, 'benchmark', 'LSS-3.1',
                       date '2013-12-01', 'benchmark'
                  from (select id, substr(arendenummer, 3)::bigint as n from arende where skapad_av = 'benchmark') a
                  cross join lateral (select
                      case when a.n % 20 < 6 then 'LSS_BOSTAD_SARSKILD_SERVICE'
                           when a.n % 20 < 12 then 'LSS_DAGLIG_VERKSAMHET'
                           when a.n % 20 < 13 then 'LSS_DAGLIG_VERKSAMHET_I_BOENDET'
                           when a.n % 20 < 16 then 'LSS_PERSONLIG_ASSISTANS'
                           when a.n % 20 < 18 then 'SOL_BOENDESTOD'
                           when a.n % 20 < 19 then 'LSS_KORTTIDSVISTELSE'
                           else 'LSS_VAKEN_NATT' end as insats,
                      case when a.n % 20 between 16 and 17 then 'SOL' else 'LSS' end as lag,
                      case when a.n % 20 < 13 then (a.n % 5 + 1)::int end as niva,
                      case when a.n % 20 between 6 and 11 then (array['heltid', 'halvtid', '20 tim/vecka', 'deltid'])[a.n % 4 + 1]
                           when a.n % 20 between 13 and 15 then '20 tim/vecka'
                           when a.n % 20 between 16 and 17 then '6 tim/vecka' end as omfattning) t""").update();
        jdbc.sql("""
                insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, verkstalld, plats_bokad,
                                         skapad, skapad_av, tillstand)
                select b.id, 'LSS', 'UTF-B' || lpad((n % 17 + 1)::text, 2, '0'),
                       case when b.insatstyp = 'LSS_DAGLIG_VERKSAMHET' and n % 3 = 0 then 'EGEN_REGI'
                            when n % 2 = 0 then 'EXTERN' else 'LOV' end,
                       date '2014-01-01',
                       case when b.insatstyp = 'LSS_BOSTAD_SARSKILD_SERVICE' and n % 10 = 0 then date '2014-06-20'
                            else date '2014-01-01' end,
                       case when b.insatstyp = 'LSS_BOSTAD_SARSKILD_SERVICE' and n % 10 = 0 then date '2014-06-10'
                            when b.insatstyp = 'LSS_BOSTAD_SARSKILD_SERVICE' then date '2013-12-20' end,
                       timestamptz '2013-12-15 09:00+01',
                       'benchmark', case when b.giltig_tom is not null then 'AVSLUTAD' else 'VERKSTALLD' end
                  from beslut b join (select id, substr(arendenummer, 3)::bigint as n from arende) a on a.id = b.arende_id
                 where b.skapad_av = 'benchmark'""").update();
        jdbc.sql("""
                insert into narvaro (beslut_id, dag, narvarande, registrerad_av)
                select o.beslut_id, d::date, true, 'benchmark'
                  from bestallning o join beslut b on b.id = o.beslut_id
                  cross join generate_series(date '2014-06-01', date '2014-06-30', interval '1 day') d
                 where o.utforartyp = 'EGEN_REGI' and extract(isodow from d) < 6 and extract(day from d)::int % 11 <> 0""").update();
        jdbc.sql("""
                insert into avbrott (beslut_id, fran, till, orsak, skapad_av)
                select b.id, date '2014-06-05', date '2014-06-12', 'sjukhusvistelse', 'benchmark'
                  from beslut b join (select id, substr(arendenummer, 3)::bigint as n from arende) a on a.id = b.arende_id
                 where b.skapad_av = 'benchmark' and a.n % 50 = 7""").update();
        jdbc.sql("""
                insert into utford_tid (beslut_id, manad, timmar, kalla, importerad_av)
                select b.id, date '2014-06-01', 80 + a.n % 10, 'benchmark', 'benchmark'
                  from beslut b join (select id, substr(arendenummer, 3)::bigint as n from arende) a on a.id = b.arende_id
                 where b.insatstyp in ('LSS_PERSONLIG_ASSISTANS', 'SOL_BOENDESTOD') and a.n % 2 = 0""").update();
        jdbc.sql("analyze").update();
        assertThat(jdbc.sql("select count(*) from bestallning where skapad_av = 'benchmark'")
                        .query(Long.class)
                        .single())
                .isEqualTo(INSATSER);
    }
}
