package se.tillit.kostnad;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.Testkonton;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * Executed insatser written straight into the tables, as a decision, its order and its execution would leave
 * them, so a cost test can set any past month without walking each case through its process. Synthetic people
 * only: personnummer born in 1931 with serial numbers 98xx, valid in form (check digit) and made up.
 */
final class Kostnadsdata {

    private static final AtomicInteger LOPNUMMER = new AtomicInteger();

    record Insats(UUID beslutId, String personnummer, String arendenummer) {}

    private final JdbcClient jdbc;

    Kostnadsdata(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A provider unit of its own, so a test's rows are its own whatever else the database holds. */
    String utforare(String kod) {
        return Testkonton.skapaEnhet(jdbc, kod, kod, Enhetstyp.UTFORARE);
    }

    /**
     * @param bokad the day the order was placed; the decision is made the same day
     * @param verkstalld the start (move-in), or null for a booked place not yet moved into
     */
    Insats insats(
            String utforare,
            String utforartyp,
            String insatstyp,
            Integer niva,
            String omfattning,
            LocalDate bokad,
            LocalDate verkstalld,
            LocalDate slut) {
        return insats(
                utforare,
                utforartyp,
                insatstyp,
                niva,
                omfattning,
                bokad,
                verkstalld,
                slut,
                "LSS_BOSTAD_SARSKILD_SERVICE".equals(insatstyp));
    }

    /** @param platsBokad a place is booked on the order's day (housing's tomdygn, R24), or not (yet) */
    Insats insats(
            String utforare,
            String utforartyp,
            String insatstyp,
            Integer niva,
            String omfattning,
            LocalDate bokad,
            LocalDate verkstalld,
            LocalDate slut,
            boolean platsBokad) {
        int nummer = LOPNUMMER.incrementAndGet();
        String personnummer = personnummer(nummer);
        UUID person = jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, 'Kostnad', :efternamn, date '1931-01-01' + :dag, 'K', 'test') returning id""")
                .param("pnr", personnummer)
                .param("efternamn", "Testsson " + nummer)
                .param("dag", dag(nummer) - 1)
                .query(UUID.class)
                .single();
        String arendenummer = "2014-K-" + UUID.randomUUID().toString().substring(0, 8);
        UUID arende = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                        values (:nr, :person, 'LSS', 'LSS', :oppnat, 'test') returning id""")
                .param("nr", arendenummer)
                .param("person", person)
                .param(
                        "oppnat",
                        bokad.atStartOfDay(ZoneId.of("Europe/Stockholm")).toOffsetDateTime())
                .query(UUID.class)
                .single();
        UUID beslut = jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, paragraf, omfattning, niva,
                                            giltig_from, giltig_tom, motivering, overklagandehanvisning, beslutsfattare,
                                            delegationspunkt, beslutsdatum, skapad_av)
                        values (:arende, :insatstyp, 'BIFALL', 'LSS', '1993:387', '9 §', :omfattning, :niva, :from, :tom,
                                'Behovet är styrkt', true, 'test', 'LSS-3.1', :from, 'test') returning id""")
                .param("arende", arende)
                .param("insatstyp", insatstyp)
                .param("omfattning", omfattning)
                .param("niva", niva)
                .param("from", bokad)
                .param("tom", slut)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into bestallning (beslut_id, bestallande_enhet, utforare, utforartyp, onskad_start, verkstalld,
                                                 plats_bokad, skapad, skapad_av, tillstand)
                        values (:beslut, 'LSS', :utforare, :typ, :bokad, :verkstalld, :platsBokad, :skapad, 'test', :tillstand)""")
                .param("platsBokad", platsBokad ? bokad : null)
                .param("beslut", beslut)
                .param("utforare", utforare)
                .param("typ", utforartyp)
                .param("bokad", bokad)
                .param("verkstalld", verkstalld)
                // the state the use cases would have stored (V46): the decision's validity out, started, or new
                .param(
                        "tillstand",
                        slut != null && slut.isBefore(LocalDate.now(ZoneId.of("Europe/Stockholm")))
                                ? "AVSLUTAD"
                                : verkstalld != null ? "VERKSTALLD" : "NY")
                .param(
                        "skapad",
                        bokad.atTime(9, 0).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime())
                .update();
        return new Insats(beslut, personnummer, arendenummer);
    }

    private static int dag(int nummer) {
        return 1 + nummer % 28;
    }

    /** 1931-01-DD-98NN with its Luhn check digit. */
    static String personnummer(int nummer) {
        String utanKontroll =
                "3101" + String.format("%02d", dag(nummer)) + "98" + String.format("%01d", nummer / 28 % 10);
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utanKontroll.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utanKontroll + (10 - summa % 10) % 10;
    }
}
