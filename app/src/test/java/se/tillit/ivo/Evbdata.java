package se.tillit.ivo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.Testkonton;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * Ej-verkställt records written straight into the tables, as a decision, an avbrott and the process's timer would
 * leave them, so a report test can set any past quarter without walking each case through its process. Without the
 * order to a provider: the record's unit is then the case's (as for orders older than V7), and the month's cost,
 * which prices every order of the whole municipality, is not disturbed by these decisions of past years. Synthetic people only: personnummer born in 1936 with the serial numbers 95x, valid in form (check
 * digit) and made up; the third digit of the last four gives the sex, as in a real number.
 */
final class Evbdata {

    private static final AtomicInteger LOPNUMMER = new AtomicInteger();
    private static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    /** One record and what it belongs to. */
    record Post(UUID postId, UUID beslutId, UUID arendeId, String arendenummer, UUID personId, String personnummer) {}

    /** A person of the fixture. */
    record Person(UUID id, String personnummer) {}

    private final JdbcClient jdbc;

    Evbdata(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An authority unit of its own, so a test's rows are its own whatever else the database holds. */
    String enhet(String kod) {
        return Testkonton.skapaEnhet(jdbc, kod, kod, Enhetstyp.MYNDIGHET);
    }

    /** A person born on a day of 1936 of its own. */
    Person person(char kon) {
        int nummer = LOPNUMMER.incrementAndGet();
        return person(LocalDate.of(1936, 1, 1).plusDays(nummer % 360), kon, 4);
    }

    /** @param variant 0–3 (the default persons have 4): persons of the same birth date and sex need different ones */
    Person person(LocalDate fodd, char kon, int variant) {
        String pnr = personnummer(fodd, kon, variant);
        UUID id = jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, 'Evb', :efternamn, :fodd, :kon, 'test') returning id""")
                .param("pnr", pnr)
                .param("efternamn", "Väntesson " + pnr.substring(8))
                .param("fodd", fodd)
                .param("kon", String.valueOf(kon))
                .query(UUID.class)
                .single();
        return new Person(id, pnr);
    }

    /** A favourable decision not executed three months later: the record the timer opens (grund BESLUT). */
    Post ejVerkstallt(String enhet, Person person, String insatstyp, LocalDate beslutsdatum) {
        Post post = beslut(enhet, person, insatstyp, beslutsdatum);
        return oppna(post, "BESLUT", beslutsdatum);
    }

    /** A decision executed at once and interrupted later, not resumed three months after the avbrott (grund AVBROTT). */
    Post efterAvbrott(String enhet, Person person, String insatstyp, LocalDate beslutsdatum, LocalDate avbrottFran) {
        Post post = beslut(enhet, person, insatstyp, beslutsdatum);
        jdbc.sql(
                        "insert into avbrott (beslut_id, fran, orsak, skapad_av) values (:beslut, :fran, 'Sjukhusvistelse', 'test')")
                .param("beslut", post.beslutId())
                .param("fran", avbrottFran)
                .update();
        return oppna(post, "AVBROTT", avbrottFran);
    }

    /** The current statement of the delay (a new row, as the API writes it). */
    Post orsak(Post post, String orsak, String text) {
        jdbc.sql("""
                        insert into ej_verkstallt_skal (ej_verkstallt_id, orsak, orsak_text, konsekvenser, tillfalliga_insatser,
                                                        registrerad_av)
                        values (:post, :orsak, :text, 'Anhöriga ger stöd under väntan', 'Hemtjänst fyra gånger om dagen', 'test')""")
                .param("post", post.postId())
                .param("orsak", orsak)
                .param("text", text)
                .update();
        return post;
    }

    /** The insats starts (or is resumed): the record closes as VerkstallighetTjanst closes it. */
    Post verkstall(Post post, LocalDate datum) {
        jdbc.sql("update avbrott set till = :datum where beslut_id = :beslut and till is null")
                .param("datum", datum)
                .param("beslut", post.beslutId())
                .update();
        return stang(post, datum, "VERKSTALLT");
    }

    Post stang(Post post, LocalDate datum, String orsak) {
        jdbc.sql("update ej_verkstallt set stangd = :datum, stangd_orsak = :orsak where id = :post and stangd is null")
                .param("datum", datum)
                .param("orsak", orsak)
                .param("post", post.postId())
                .update();
        return post;
    }

    private Post beslut(String enhet, Person person, String insatstyp, LocalDate beslutsdatum) {
        // one open case per person and case type: a second decision for the person is made in the same case
        String arendenummer = jdbc.sql(
                        "select arendenummer from arende where person_id = :person and arendetyp = 'LSS'")
                .param("person", person.id())
                .query(String.class)
                .optional()
                .orElse("2010-E-" + UUID.randomUUID().toString().substring(0, 8));
        UUID arende = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                        values (:nr, :person, 'LSS', :enhet, :oppnat, 'test')
                        on conflict (arendenummer) do update set arendenummer = excluded.arendenummer returning id""")
                .param("nr", arendenummer)
                .param("person", person.id())
                .param("enhet", enhet)
                .param(
                        "oppnat",
                        beslutsdatum.minusMonths(1).atStartOfDay(SVENSK_TID).toOffsetDateTime())
                .query(UUID.class)
                .single();
        boolean sol = insatstyp.startsWith("SOL_");
        UUID beslut = jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, giltig_from,
                                            motivering, overklagandehanvisning, beslutsfattare, delegationspunkt,
                                            beslutsdatum, skapad_av)
                        values (:arende, :insatstyp, 'BIFALL', :lag, :lagversion, :kapitel, :paragraf, :datum,
                                'Behovet är styrkt', true, 'test', 'LSS-3.1', :datum, 'test') returning id""")
                .param("arende", arende)
                .param("insatstyp", insatstyp)
                .param("lag", sol ? "SOL" : "LSS")
                .param("lagversion", sol ? "2025:400" : "1993:387")
                .param("kapitel", sol ? 11 : null)
                .param("paragraf", sol ? "1 §" : "9 § 9")
                .param("datum", beslutsdatum)
                .query(UUID.class)
                .single();
        return new Post(null, beslut, arende, arendenummer, person.id(), person.personnummer());
    }

    private Post oppna(Post post, String grund, LocalDate raknasFran) {
        UUID id = jdbc.sql("""
                        insert into ej_verkstallt (beslut_id, grund, raknas_fran, oppnad)
                        values (:beslut, :grund, :fran, :oppnad) returning id""")
                .param("beslut", post.beslutId())
                .param("grund", grund)
                .param("fran", raknasFran)
                .param("oppnad", raknasFran.plusMonths(3))
                .query(UUID.class)
                .single();
        return new Post(
                id, post.beslutId(), post.arendeId(), post.arendenummer(), post.personId(), post.personnummer());
    }

    /** 1936MMDD-95SC: S the sex digit (even for a woman), C the check digit (Luhn over the ten digits). */
    static String personnummer(LocalDate fodd, char kon, int variant) {
        int sex = variant * 2 + (kon == 'K' ? 0 : 1);
        String utanKontroll = String.format(
                "%02d%02d%02d95%d", fodd.getYear() % 100, fodd.getMonthValue(), fodd.getDayOfMonth(), sex);
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = (utanKontroll.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += siffra > 9 ? siffra - 9 : siffra;
        }
        return "19" + utanKontroll + (10 - summa % 10) % 10;
    }
}
