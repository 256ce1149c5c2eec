package se.tillit.verkstallighet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.Bestallning;
import se.tillit.verkstallighet.Bestallning.Status;
import se.tillit.verkstallighet.Bestallningar;

/**
 * The provider's list at a municipality's size (issue 17, docs/performance.md): 20 000 orders to one provider unit and
 * as many to four others, written in SQL (synthetic cases, decisions and orders, their states stored by the use cases'
 * rule). The counts and a
 * page are those the list derived before V46 ({@link StatusForeV46}); the counts read the order table alone (a smaller
 * unit's from its range of the index {@code (utforare, tillstand, onskad_start)}), and a page, the first or a deep one,
 * reads about a page's worth of that index with its decisions and cases, never a scan or hash join of every order with
 * its decision and case. Plans, not timings, are asserted; the plans are printed with their execution times.
 */
@TillitSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BestallningslistanSkalarTest {

    static final int ORDRAR = 20_000;
    static final int PER_ARENDE = 20;
    static final String UTFORARE = "UTF-SKALA";
    static final String MYNDIGHET = "SKALA";
    static final String SKAPAD_AV = "test:skala";
    static final int PER_SIDA = 50;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Bestallningar bestallningar;

    @Autowired
    UserDetailsService anvandare;

    private final LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @BeforeAll
    void fyll() {
        Testkonton.skapaEnhet(jdbc, UTFORARE, "Skalans omsorg (utförare)", Enhetstyp.UTFORARE);
        Testkonton.skapaEnhet(jdbc, MYNDIGHET, "Skalans myndighet", Enhetstyp.MYNDIGHET);
        for (int i = 2; i <= 5; i++) {
            Testkonton.skapaEnhet(jdbc, UTFORARE + "-" + i, "Skalans omsorg " + i + " (utförare)", Enhetstyp.UTFORARE);
        }
        Testkonton.skapaKonto(jdbc, "utforare.skala", "Ska Skalsson", UTFORARE, Roll.UTFORARE);
        // 1 000 synthetic persons born in 1913 (Skatteverket's test serials 980–999, valid check digits), a case each
        List<String> personnummer = new ArrayList<>();
        for (int dag = 0; dag < ORDRAR / PER_ARENDE / 20; dag++) {
            for (int serie = 980; serie < 1000; serie++) {
                String fodd = LocalDate.of(1913, 1, 1).plusDays(dag).toString().replace("-", "");
                personnummer.add(
                        Testpersoner.medKontrollsiffra(fodd + "-" + serie).replace("-", ""));
            }
        }
        jdbc.sql("""
                insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                select p, 'Skala', 'Testsson', to_date(substr(p, 1, 8), 'YYYYMMDD'), 'K', :av
                  from unnest(string_to_array(:pnr, ',')) p""")
                .param("pnr", String.join(",", personnummer))
                .param("av", SKAPAD_AV)
                .update();
        // every fiftieth case closed: its orders ended with it
        jdbc.sql("""
                insert into arende (arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat, avslutsorsak, skapad_av)
                select 'SKALA-' || lpad(n::text, 5, '0'), id, 'LSS', :enhet,
                       case when n % 50 = 0 then 'AVSLUTAT' else 'OPPET' end, now() - interval '400 days',
                       case when n % 50 = 0 then now() - interval '3 days' end,
                       case when n % 50 = 0 then 'FLYTT_TILL_ANNAN_KOMMUN' end, :av
                  from (select id, row_number() over (order by personnummer) as n from person where skapad_av = :av) p""").param("enhet", MYNDIGHET).param("av", SKAPAD_AV).update();
        // twenty decisions a case; one in twenty ran out yesterday
        jdbc.sql("""
                insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, paragraf, omfattning, giltig_from, giltig_tom,
                                    motivering, overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum, skapad_av)
                select a.id, 'LSS_KORTTIDSVISTELSE', 'BIFALL', 'LSS', '1993:387', '9 § 6', 'Order ' || o.n, :fran,
                       case when o.n % 20 = 18 then :igar end, 'skala ' || o.n, true, 'test', 'LSS-3.1', :fran, :av
                  from (select id, row_number() over (order by arendenummer) as k from arende where skapad_av = :av) a
                  cross join lateral (select (a.k - 1) * :per + g as n from generate_series(1, :per) g) o""")
                .param("fran", idag.minusDays(400))
                .param("igar", idag.minusDays(1))
                .param("per", PER_ARENDE)
                .param("av", SKAPAD_AV)
                .update();
        // as many again for four other provider units of the municipality, so that this one holds half the orders
        jdbc.sql("""
                insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, paragraf, omfattning, giltig_from,
                                    motivering, overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum, skapad_av)
                select a.id, 'LSS_DAGLIG_VERKSAMHET', 'BIFALL', 'LSS', '1993:387', '9 § 10', 'Annan ' || o.n, :fran,
                       'skala annan ' || o.n, true, 'test', 'LSS-3.1', :fran, :av
                  from (select id, row_number() over (order by arendenummer) as k from arende where skapad_av = :av) a
                  cross join lateral (select (a.k - 1) * :per + g as n from generate_series(1, :per) g) o""")
                .param("fran", idag.minusDays(400))
                .param("per", PER_ARENDE)
                .param("av", SKAPAD_AV)
                .update();
        // by the order's number: a fifth new, some accepted, most started, some interrupted or resumed, some closed
        jdbc.sql("""
                insert into avbrott (beslut_id, fran, till, orsak, skapad_av)
                select id, :fran, case when n % 20 = 17 then :till end, 'Sjukhusvistelse', :av
                  from (select id, substr(omfattning, 7)::int as n from beslut where skapad_av = :av and omfattning like 'Order %') b
                 where n % 20 between 15 and 17""")
                .param("fran", idag.minusDays(30))
                .param("till", idag.minusDays(10))
                .param("av", SKAPAD_AV)
                .update();
        // each with the state the use cases would have stored, by their rule
        jdbc.sql("""
                insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, accepterad, accepterad_av,
                                         verkstalld, avslutad, avslutsorsak, skapad_av, tillstand)
                select o.beslut_id, :enhet, o.utforare, 'EGEN_REGI', o.onskad_start, o.accepterad, o.accepterad_av,
                       o.verkstalld, o.avslutad, o.avslutsorsak, :av, %s
                  from (select b.id as beslut_id, b.arende_id,
                               case when b.omfattning like 'Order %%' then :utforare else :utforare || '-' || (n %% 4 + 2) end as utforare,
                               :forsta + (n * 7919 %% 400)::int as onskad_start,
                               case when annan then null when n %% 20 between 4 and 6 then now() - interval '2 days' end as accepterad,
                               case when annan then null when n %% 20 between 4 and 6 then 'utforare.skala' end as accepterad_av,
                               case when annan or n %% 20 >= 7 then :forsta + (n * 7919 %% 400)::int end as verkstalld,
                               case when not annan and n %% 20 = 19 then :igar end as avslutad,
                               case when not annan and n %% 20 = 19 then 'FLYTTAT' end as avslutsorsak
                          from beslut b
                         cross join lateral (select substr(b.omfattning, 7)::int as n, b.omfattning like 'Annan %%' as annan) x
                         where b.skapad_av = :av) o
                  join beslut b on b.id = o.beslut_id
                  join arende a on a.id = o.arende_id""".formatted(Bestallningstillstand.REGEL))
                .param("enhet", MYNDIGHET)
                .param("utforare", UTFORARE)
                .param("forsta", idag.minusDays(400))
                .param("igar", idag.minusDays(1))
                .param("idag", idag)
                .param("av", SKAPAD_AV)
                .update();
        // as autovacuum leaves a table: statistics and the visibility map
        for (String tabell : List.of("person", "arende", "beslut", "bestallning", "avbrott")) {
            jdbc.sql("vacuum analyze " + tabell).update();
        }
        assertThat(jdbc.sql("select count(*) from bestallning where utforare = :u")
                        .param("u", UTFORARE)
                        .query(Long.class)
                        .single())
                .isEqualTo(ORDRAR);
    }

    @AfterAll
    void tomma() {
        jdbc.sql("delete from avbrott where skapad_av = :av")
                .param("av", SKAPAD_AV)
                .update();
        jdbc.sql("delete from bestallning where skapad_av = :av")
                .param("av", SKAPAD_AV)
                .update();
        jdbc.sql("delete from beslut where skapad_av = :av")
                .param("av", SKAPAD_AV)
                .update();
        jdbc.sql("delete from arende where skapad_av = :av")
                .param("av", SKAPAD_AV)
                .update();
        jdbc.sql("delete from person where skapad_av = :av")
                .param("av", SKAPAD_AV)
                .update();
    }

    @Test
    void theCountsPerStatusAreTheOldDerivationsReadFromTheOrderTableAlone() {
        Map<Status, Long> forvantat = new EnumMap<>(Status.class);
        EnumSet.allOf(Status.class).forEach(s -> forvantat.put(s, 0L));
        jdbc.sql("select status, count(*) from (" + StatusForeV46.STATUSAR + ") s group by status")
                .param("enheter", List.of(UTFORARE))
                .param("idag", idag)
                .query(rs -> {
                    forvantat.put(Status.values()[rs.getInt(1)], rs.getLong(2));
                });
        assertThat(forvantat.values())
                .as("every status present")
                .allSatisfy(n -> assertThat(n).isPositive());
        assertThat(forvantat.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ORDRAR);
        assertThat(som(bestallningar::antalPerStatus)).isEqualTo(forvantat);

        // the unit holds half the table: PostgreSQL may read the narrow order table whole rather than half its index,
        // but it reads nothing else, no decision, no case, no interruption
        String plan = plan(BestallningLasning.ANTAL, Map.of("enheter", List.of(UTFORARE)));
        assertThat(plan)
                .as(plan)
                .contains("on bestallning")
                .doesNotContain("Join")
                .doesNotContain("beslut")
                .doesNotContain("arende")
                .doesNotContain("avbrott");
        // a unit of 5 000 of the 40 000 is counted in its range of the index
        String mindre = plan(BestallningLasning.ANTAL, Map.of("enheter", List.of(UTFORARE + "-2")));
        assertThat(mindre)
                .as(mindre)
                .containsPattern("(Index Only Scan using|Bitmap Index Scan on) bestallning_utforare_tillstand")
                .doesNotContain("Seq Scan")
                .doesNotContain("Join");
        plan(
                "select status, count(*) from (" + StatusForeV46.STATUSAR + ") s group by status",
                Map.of("enheter", List.of(UTFORARE), "idag", idag)); // for comparison: the derivation before V46
    }

    @Test
    void aPageIsTheOldDerivationsPageReadFromAPagesWorthOfTheIndex() {
        String plan = plan(
                BestallningLasning.SIDA,
                Map.of(
                        "enheter",
                        List.of(UTFORARE),
                        "tillstand",
                        Status.VERKSTALLD.name(),
                        "antal",
                        PER_SIDA,
                        "forsta",
                        0L));
        assertThat(plan)
                .as(plan)
                .contains(
                        "Limit",
                        "Index Scan using bestallning_utforare_tillstand on bestallning o",
                        "Index Scan using beslut_pkey on beslut b",
                        "Index Scan using arende_pkey on arende a")
                .doesNotContain("Seq Scan")
                .doesNotContain("Hash Join");
        assertThat(raderUrIndexet(plan))
                .as("order rows read for a page of %d of the status's thousands", PER_SIDA)
                .isLessThan(10L * PER_SIDA);

        // a page deep in the status skips the 5 000 orders before it in the order table's index alone, and reads its
        // own with their decisions and cases as the first page does
        long forsta = 100L * PER_SIDA;
        String djup = plan(
                BestallningLasning.SIDA,
                Map.of(
                        "enheter",
                        List.of(UTFORARE),
                        "tillstand",
                        Status.VERKSTALLD.name(),
                        "antal",
                        PER_SIDA,
                        "forsta",
                        forsta));
        assertThat(djup)
                .as(djup)
                .contains(
                        "Index Scan using bestallning_utforare_tillstand on bestallning o",
                        "Index Scan using beslut_pkey on beslut b",
                        "Index Scan using arende_pkey on arende a")
                .doesNotContain("Seq Scan")
                .doesNotContain("Hash Join");
        assertThat(raderUrIndexet(djup))
                .as("order rows read with their decisions for page %d", forsta / PER_SIDA)
                .isLessThan(10L * PER_SIDA);
        String antal = plan(
                BestallningLasning.ANTAL_I_TILLSTANDET,
                Map.of("enheter", List.of(UTFORARE), "tillstand", Status.NY.name()));
        assertThat(antal)
                .as("a status counted before a later page: " + antal)
                .containsPattern("(Index Only Scan using|Bitmap Index Scan on) bestallning_utforare_tillstand")
                .doesNotContain("Seq Scan")
                .doesNotContain("Join");
    }

    @Test
    void everyKindOfPageHasTheOldDerivationsOrders() {
        List<Status> aktuella = List.of(Status.NY, Status.ACCEPTERAD, Status.VERKSTALLD, Status.AVBRUTEN);
        List<Status> alla = List.of(Status.values());
        Map<Status, Long> antal = som(bestallningar::antalPerStatus);
        int overgang =
                (int) (antal.get(Status.NY) / PER_SIDA); // the page where the new orders end and the accepted begin
        int sista = (int) ((ORDRAR - 1) / PER_SIDA);
        record Fall(List<Status> statusar, int sida) {}
        for (Fall fall : List.of(
                new Fall(List.of(Status.NY), 0),
                new Fall(List.of(Status.AVBRUTEN), 3),
                new Fall(aktuella, 0),
                new Fall(aktuella, overgang),
                new Fall(alla, 150),
                new Fall(alla, sista),
                new Fall(alla, sista + 1))) {
            List<UUID> sidan =
                    som(() -> bestallningar.utforarens(Set.copyOf(fall.statusar()), fall.sida(), PER_SIDA)).stream()
                            .map(Bestallning::beslutId)
                            .toList();
            assertThat(sidan)
                    .as("%s, page %d", fall.statusar(), fall.sida())
                    .isEqualTo(
                            StatusForeV46.sida(jdbc, List.of(UTFORARE), fall.statusar(), idag, fall.sida(), PER_SIDA));
        }
        assertThat(StatusForeV46.sida(jdbc, List.of(UTFORARE), aktuella, idag, overgang, PER_SIDA))
                .as("the page that crosses from one status to the next is one of the cases")
                .hasSize(PER_SIDA);
    }

    /**
     * The plan of the statement with its parameters, as PostgreSQL runs it, with the rows each node returned (and its
     * execution time, printed, not asserted).
     */
    private String plan(String sql, Map<String, Object> parametrar) {
        var satsen = jdbc.sql("explain (analyze, costs off, timing off, summary on) " + sql);
        for (Map.Entry<String, Object> p : parametrar.entrySet()) {
            satsen = satsen.param(p.getKey(), p.getValue());
        }
        String plan = String.join("\n", satsen.query(String.class).list());
        System.out.println("Plan at " + ORDRAR + " orders to one provider unit:\n" + plan);
        return plan;
    }

    /** The rows the order table's index scan returned (its node's "actual rows"). */
    private static long raderUrIndexet(String plan) {
        var m = java.util.regex.Pattern.compile(
                        "Index Scan using bestallning_utforare_tillstand on bestallning o \\(actual rows=(\\d+)")
                .matcher(plan);
        assertThat(m.find()).as(plan).isTrue();
        return Long.parseLong(m.group(1));
    }

    private <T> T som(java.util.function.Supplier<T> lasning) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        anvandare.loadUserByUsername("utforare.skala"), null, List.of()));
        try {
            return lasning.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
