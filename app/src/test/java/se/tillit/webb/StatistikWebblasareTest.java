package se.tillit.webb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * Socialstyrelsen's statistics in a real browser (issue 19, docs/adr/0026): the LSS handläggare records the register's
 * data on a housing decision, the chef opens the month's SoL file with its counts by insats and sex beside last month's
 * and generates it, ADMIN registers it as submitted and it is frozen. axe-core on every page; screenshots for
 * docs/skarmbilder (statistik-*.png). The month is one of 2008, which only this test's decisions touch.
 */
class StatistikWebblasareTest extends Webblasartestbas {

    private static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    @Test
    void theHandlaggareRecordsTheLssData_theChefOpensTheMonthsFile_andAdminSubmitsIt() throws Exception {
        String utforare = Testkonton.skapaEnhet(jdbc, "STAT-WEBB-UTF", "Statistikens utförare", Enhetstyp.UTFORARE);
        // February: one woman with hemtjänst; March: she still has it, and a man moves into särskilt boende
        beslut(
                "LSS",
                utforare,
                person("19380101", "980", 'K'),
                "SOL_HEMTJANST",
                "SOL",
                "1 §",
                "8 tim/vecka",
                LocalDate.of(2008, 1, 10));
        beslut(
                "LSS",
                utforare,
                person("19380102", "981", 'M'),
                "SOL_BOENDE_PERMANENT",
                "SOL",
                "1 §",
                "Särskilt boende",
                LocalDate.of(2008, 3, 5));
        UUID bostad = beslut(
                "LSS",
                utforare,
                person("19380103", "982", 'K'),
                "LSS_BOSTAD_SARSKILD_SERVICE",
                "LSS",
                "9 § 9",
                "Gruppbostad",
                LocalDate.of(2008, 2, 1));
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.postForm("/statistik/SOL/2008-02/framtagning", Map.of())
                        .statusCode())
                .isEqualTo(302);

        // the handläggare of the LSS unit records personkrets, the kind of housing and the housing municipality
        w.loggaIn("handlaggare.lss");
        w.oppna("/beslut/" + bostad, "statistik-beslut-lss-uppgifter");
        w.valj("personkrets", "1");
        w.valj("boendeform", "GRUPPBOSTAD");
        w.skriv("boendekommun", "0181");
        w.klickaOchVanta("Spara uppgifterna");
        w.vantaPa("Uppgifterna till LSS-statistiken är sparade");
        assertThat(w.driver().findElement(By.id("lss-statistik")).getText()).contains("Gruppbostad", "0181");
        w.kontrollera("statistik-beslut-lss-sparad");
        w.loggaUt();

        // the chef opens the month's file: not generated yet; generates it; counts beside February's
        w.loggaIn("chef.lss");
        w.driver().findElement(By.linkText("Statistik till Socialstyrelsen")).click();
        w.vanta(d -> d.getCurrentUrl().contains("/statistik"));
        w.oppna("/statistik?insamling=SOL&period=2008-03", "statistik-chef-ej-framtagen");
        w.vantaPa("Filen är inte framtagen");
        w.klickaOchVanta("Ta fram filen nu");
        w.vantaPa("Filen är framtagen och kontrollerad");
        String tabell = w.driver().findElement(By.tagName("table")).getText();
        assertThat(tabell).contains("Hemtjänst 1 0 1 1 0 1", "Särskilt boende 0 1 1 0 0 0");
        assertThat(w.text())
                .contains("Kontrollerad: kan lämnas in")
                .doesNotContain("Ladda ner", "Registrera inlämningen");
        w.kontrollera("statistik-chef-manad");
        w.loggaUt();

        // ADMIN: downloads the checked file (the link) and registers the submission; the file is frozen
        w.loggaIn(DemoKonton.ADMIN);
        w.oppna("/statistik?insamling=SOL&period=2008-03", "statistik-admin-manad");
        assertThat(w.driver().findElement(By.id("ladda-ner")).getAttribute("href"))
                .endsWith("/statistik/SOL/2008-03.csv");
        String fil = admin.get("/statistik/SOL/2008-03.csv").body();
        assertThat(fil)
                .contains(
                        "1;9999;2008-03;19380101-9807;HEMTJANST;34.7;2008-01-01;2008-01-10;",
                        "2;9999;2008-03;19380102-9814;SARSKILT_BOENDE;;2008-01-01;2008-03-05;");
        w.sattVarde("inlamnad", LocalDate.now(SVENSK_TID).toString());
        w.skriv("kvittens", "SOS-2008-03-0180");
        w.klickaOchVanta("Registrera inlämningen");
        w.vantaPa("Inlämningen är registrerad");
        assertThat(w.text()).contains("SOS-2008-03-0180", "Filen är fryst").doesNotContain("Ta fram filen nu");
        w.kontrollera("statistik-admin-inlamnad");
        assertThat(admin.get("/statistik/SOL/2008-03.csv").body()).isEqualTo(fil);
    }

    private String person(String fodd, String serie, char kon) {
        String pnr = Testpersoner.medKontrollsiffra(fodd + serie);
        jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, 'Stina', 'Statistiksson', :fodd, :kon, 'test') on conflict do nothing""")
                .param("pnr", pnr)
                .param("fodd", LocalDate.parse(fodd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                .param("kon", String.valueOf(kon))
                .update();
        return pnr;
    }

    private UUID beslut(
            String enhet,
            String utforare,
            String pnr,
            String insatstyp,
            String lag,
            String paragraf,
            String omfattning,
            LocalDate verkstalld) {
        UUID person = jdbc.sql("select id from person where personnummer = :pnr")
                .param("pnr", pnr)
                .query(UUID.class)
                .single();
        boolean sol = lag.equals("SOL");
        UUID arende = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                        values (:nr, :person, :typ, :enhet, :oppnat, 'test') returning id""")
                .param("nr", "2008-W-" + UUID.randomUUID().toString().substring(0, 8))
                .param("person", person)
                .param("typ", sol ? "SOL_ALDRE" : "LSS")
                .param("enhet", enhet)
                .param(
                        "oppnat",
                        LocalDate.of(2007, 12, 1).atStartOfDay(SVENSK_TID).toOffsetDateTime())
                .query(UUID.class)
                .single();
        UUID beslut = jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, omfattning,
                                            giltig_from, motivering, overklagandehanvisning, beslutsfattare, delegationspunkt,
                                            beslutsdatum, skapad_av)
                        values (:arende, :insatstyp, 'BIFALL', :lag, :lagversion, :kapitel, :paragraf, :omfattning, :datum,
                                'Behovet är styrkt', true, 'test', '3.1', :datum, 'test') returning id""")
                .param("arende", arende)
                .param("insatstyp", insatstyp)
                .param("lag", lag)
                .param("lagversion", sol ? "2025:400" : "1993:387")
                .param("kapitel", sol ? 11 : null, java.sql.Types.INTEGER)
                .param("paragraf", paragraf)
                .param("omfattning", omfattning)
                .param("datum", LocalDate.of(2008, 1, 1))
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into bestallning (beslut_id, utforare, utforartyp, onskad_start, verkstalld, tillstand, skapad_av)
                        values (:beslut, :utforare, 'EGEN_REGI', :start, :start, 'VERKSTALLD', 'test')""")
                .param("beslut", beslut)
                .param("utforare", utforare)
                .param("start", verkstalld)
                .update();
        return beslut;
    }
}
