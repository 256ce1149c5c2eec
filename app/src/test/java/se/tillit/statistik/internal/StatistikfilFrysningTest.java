package se.tillit.statistik.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.sakerhet.Enhet.Enhetstyp;

/**
 * Socialstyrelsen's files end to end on PostgreSQL (issue 19, docs/adr/0026): decisions and their orders as the
 * processes leave them, the month's SoL file generated on the page, an unmapped insats listed as an error to fix, the
 * checked file downloaded and registered as submitted by ADMIN, and the submitted file frozen: new data afterwards
 * changes neither its bytes nor its counts, and it cannot be generated again. Months of 2009, which no other test uses.
 */
@TillitSpringTest
class StatistikfilFrysningTest {

    private static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");
    private static final AtomicInteger LOPNUMMER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatistikJobb jobb;

    @Test
    void theSubmittedFileIsFrozen_newDataChangesNeitherItsBytesNorItsCounts() {
        String enhet = Testkonton.skapaEnhet(jdbc, "STAT-FRYS", "Statistik frysning", Enhetstyp.MYNDIGHET);
        String utforare = utforare();
        String frida = person(LocalDate.of(1937, 3, 3), 'K');
        beslut(enhet, utforare, frida, "SOL_HEMTJANST", "8 tim/vecka", LocalDate.of(2009, 3, 1), null);
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        assertThat(admin.postForm("/statistik/SOL/2009-05/framtagning", Map.of())
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> fil = admin.get("/statistik/SOL/2009-05.csv");
        assertThat(fil.statusCode()).isEqualTo(200);
        assertThat(fil.body())
                .contains("1;9999;2009-05;" + formaterat(frida) + ";HEMTJANST;34.7;2009-02-20;2009-03-01;");
        String sha = fil.headers().firstValue("X-Tillit-Sha256").orElseThrow();

        HttpResponse<String> inlamning = admin.postForm(
                "/statistik/SOL/2009-05/inlamning",
                Map.of(
                        "inlamnad",
                        LocalDate.now(SVENSK_TID).toString(),
                        "kvittens",
                        "SOS-2009-05-0180",
                        "sha256",
                        sha));
        assertThat(inlamning.statusCode()).isEqualTo(302);

        // a decision recorded later for the same month: the submitted file does not change, nor can it be regenerated
        String person = person(LocalDate.of(1937, 3, 4), 'M');
        beslut(enhet, utforare, person, "SOL_BOENDESTOD", "2 tim/vecka", LocalDate.of(2009, 4, 1), null);
        HttpResponse<String> igen = admin.postForm("/statistik/SOL/2009-05/framtagning", Map.of());
        assertThat(igen.statusCode()).isEqualTo(400);
        assertThat(igen.body()).contains("redan inlämnad");
        assertThat(admin.get("/statistik/SOL/2009-05.csv").body()).isEqualTo(fil.body());
        assertThat(jdbc.sql(
                                "select antal from statistikfil_antal where insamling = 'SOL' and period = '2009-05' and kod = 'BOENDESTOD'")
                        .query(Integer.class)
                        .optional())
                .isEmpty();
        HttpResponse<String> sida = admin.get("/statistik?insamling=SOL&period=2009-05");
        assertThat(sida.body()).contains("SOS-2009-05-0180", "fryst");
    }

    @Test
    void anInsatsWithoutAStatisticsCode_isListedAsAnErrorToFix_andTheFileIsNotOffered() {
        String enhet = Testkonton.skapaEnhet(jdbc, "STAT-FEL", "Statistik fel", Enhetstyp.MYNDIGHET);
        String utforare = utforare();
        // ended in August, so that it is an error of its own months only
        String person = person(LocalDate.of(1937, 6, 6), 'K');
        beslut(
                enhet,
                utforare,
                person,
                "SOL_HEMTJANST",
                "enligt planen",
                LocalDate.of(2009, 7, 1),
                LocalDate.of(2009, 8, 20));
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);

        admin.postForm("/statistik/SOL/2009-08/framtagning", Map.of());
        HttpResponse<String> sida = admin.get("/statistik?insamling=SOL&period=2009-08");

        assertThat(sida.body())
                .contains("Att rätta innan filen kan lämnas in", "omfattningen anger inte beviljade timmar")
                .doesNotContain("Registrera inlämningen");
        assertThat(admin.get("/statistik/SOL/2009-08.csv").statusCode()).isEqualTo(400);
        String sha = jdbc.sql("select sha256 from statistikfil where insamling = 'SOL' and period = '2009-08'")
                .query(String.class)
                .single();
        assertThat(admin.postForm(
                                "/statistik/SOL/2009-08/inlamning",
                                Map.of("inlamnad", LocalDate.now(SVENSK_TID).toString(), "sha256", sha))
                        .statusCode())
                .isEqualTo(400);
        assertThat(jdbc.sql("select inlamnad from statistikfil where insamling = 'SOL' and period = '2009-08'")
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void theNightlyJob_makesLastMonthsSolFileUntilThe15th_theYearsLssFileInOctober_andNeverTouchesASubmittedFile() {
        String enhet = Testkonton.skapaEnhet(jdbc, "STAT-JOBB", "Statistik jobbet", Enhetstyp.MYNDIGHET);
        String utforare = utforare();
        String person = person(LocalDate.of(1937, 9, 9), 'M');
        beslut(enhet, utforare, person, "SOL_BOENDESTOD", "3 tim/vecka", LocalDate.of(2009, 3, 1), null);

        assertThat(jobb.kor(LocalDate.of(2010, 10, 5)))
                .as("September's SoL file and the LSS file of 1 October")
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                        select insamling || ' ' || period || ' ' || genererad_av from statistikfil
                         where (insamling, period) in (('SOL', '2010-09'), ('LSS', '2010'))""").query(String.class).list())
                .containsExactlyInAnyOrder("SOL 2010-09 SYSTEM", "LSS 2010 SYSTEM");
        assertThat(jobb.kor(LocalDate.of(2010, 11, 16)))
                .as("after the 15th, outside October: nothing")
                .isZero();
        assertThat(jobb.kor(LocalDate.of(2010, 10, 1)))
                .as("1 October: only September's SoL file, the day is not over")
                .isEqualTo(1);

        assertThat(jdbc.sql("""
                        update statistikfil set inlamnad = date '2010-10-06', inlamnad_av = 'admin', inlamning_registrerad = now()
                         where insamling = 'SOL' and period = '2010-09' and antal_fel = 0""").update()).isOne();
        String innehall = jdbc.sql("select sha256 from statistikfil where insamling = 'SOL' and period = '2010-09'")
                .query(String.class)
                .single();
        int genererade = jobb.kor(LocalDate.of(2010, 10, 7));
        assertThat(jdbc.sql("select sha256 from statistikfil where insamling = 'SOL' and period = '2010-09'")
                        .query(String.class)
                        .single())
                .isEqualTo(innehall);
        assertThat(genererade).as("the LSS file only").isOne();
    }

    @Test
    void theHandlaggareRecordsTheLssData_validated_andTheYearsLssFileCarriesIt() {
        String utforare = utforare();
        String pnr = person(LocalDate.of(1937, 10, 10), 'M');
        UUID bostad = beslut(
                "LSS", utforare, pnr, "LSS_BOSTAD_SARSKILD_SERVICE", "Servicebostad", LocalDate.of(2009, 2, 2), null);
        UUID kontaktperson =
                beslut("LSS", utforare, pnr, "LSS_KONTAKTPERSON", "En gång i veckan", LocalDate.of(2009, 2, 2), null);
        HttpSession handlaggare = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);

        // refused, nothing stored: a kind of housing the insats has not, a municipality code of three digits
        HttpResponse<String> fel = handlaggare.postForm(
                "/beslut/" + bostad + "/lss-statistik",
                Map.of("personkrets", "1", "boendeform", "FAMILJEHEM", "boendekommun", "181"));
        assertThat(fel.statusCode()).isEqualTo(400);
        assertThat(fel.body()).contains("Kommunkoden är fyra siffror");
        HttpResponse<String> felForm = handlaggare.postForm(
                "/beslut/" + bostad + "/lss-statistik", Map.of("personkrets", "1", "boendeform", "FAMILJEHEM"));
        assertThat(felForm.statusCode()).isEqualTo(400);
        assertThat(felForm.body()).contains("Välj en boendeform som insatsen har");
        HttpResponse<String> utanBoende = handlaggare.postForm(
                "/beslut/" + kontaktperson + "/lss-statistik", Map.of("personkrets", "2", "boendekommun", "0181"));
        assertThat(utanBoende.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from beslut_lss_uppgift where beslut_id in (:b)")
                        .param("b", List.of(bostad, kontaktperson))
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(handlaggare
                        .postForm(
                                "/beslut/" + bostad + "/lss-statistik",
                                Map.of("personkrets", "2", "boendeform", "SERVICEBOSTAD", "boendekommun", "0181"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(handlaggare
                        .postForm("/beslut/" + kontaktperson + "/lss-statistik", Map.of("personkrets", "2"))
                        .statusCode())
                .isEqualTo(302);
        HttpSession admin = HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
        assertThat(admin.postForm("/statistik/LSS/2009/framtagning", Map.of()).statusCode())
                .isEqualTo(302);

        String fil = jdbc.sql("select innehall from statistikfil where insamling = 'LSS' and period = '2009'")
                .query(String.class)
                .single();
        assertThat(fil).startsWith(LssFil.RUBRIK).contains("9999;" + formaterat(pnr) + ";2;;;1;;;;;1;0181;\r\n");
    }

    /** The provider unit of every decision here. */
    private String utforare() {
        return Testkonton.skapaEnhet(jdbc, "STAT-UTF", "Statistik utförare", Enhetstyp.UTFORARE);
    }

    private String person(LocalDate fodd, char kon) {
        int variant = LOPNUMMER.getAndIncrement() % 5;
        String pnr = personnummer(fodd, kon, variant);
        jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, skapad_av)
                        values (:pnr, 'Stat', 'Statistiksson', :fodd, :kon, 'test') on conflict do nothing""")
                .param("pnr", pnr)
                .param("fodd", fodd)
                .param("kon", String.valueOf(kon))
                .update();
        return pnr;
    }

    private UUID beslut(
            String enhet,
            String utforare,
            String pnr,
            String insatstyp,
            String omfattning,
            LocalDate verkstalld,
            LocalDate avslutad) {
        boolean lss = insatstyp.startsWith("LSS_");
        UUID person = jdbc.sql("select id from person where personnummer = :pnr")
                .param("pnr", pnr)
                .query(UUID.class)
                .single();
        // one open case per person, case type and unit: a second decision is made in the same case
        UUID arende = jdbc.sql(
                        "select id from arende where person_id = :person and arendetyp = :typ and enhet_kod = :enhet")
                .param("person", person)
                .param("typ", lss ? "LSS" : "SOL_ALDRE")
                .param("enhet", enhet)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, oppnat, skapad_av)
                        values (:nr, :person, :typ, :enhet, :oppnat, 'test') returning id""")
                        .param("typ", lss ? "LSS" : "SOL_ALDRE")
                        .param("nr", "2009-S-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("person", person)
                        .param("enhet", enhet)
                        .param(
                                "oppnat",
                                LocalDate.of(2009, 1, 5)
                                        .atStartOfDay(SVENSK_TID)
                                        .toOffsetDateTime())
                        .query(UUID.class)
                        .single());
        UUID beslut = jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, omfattning,
                                            giltig_from, motivering, overklagandehanvisning, beslutsfattare, delegationspunkt,
                                            beslutsdatum, skapad_av)
                        values (:arende, :insatstyp, 'BIFALL', :lag, :lagversion, :kapitel, :paragraf, :omfattning, :datum,
                                'Behovet är styrkt', true, 'test', '4.2', :datum, 'test') returning id""")
                .param("arende", arende)
                .param("insatstyp", insatstyp)
                .param("omfattning", omfattning)
                .param("lag", lss ? "LSS" : "SOL")
                .param("lagversion", lss ? "1993:387" : "2025:400")
                .param("kapitel", lss ? null : 11, java.sql.Types.INTEGER)
                .param("paragraf", lss ? (insatstyp.equals("LSS_KONTAKTPERSON") ? "9 § 4" : "9 § 9") : "1 §")
                .param("datum", LocalDate.of(2009, 2, 20))
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into bestallning (beslut_id, utforare, utforartyp, onskad_start, verkstalld, avslutad, tillstand,
                                                 skapad_av)
                        values (:beslut, :utforare, 'EGEN_REGI', :start, :start, :slut,
                                case when :slut is null then 'VERKSTALLD' else 'AVSLUTAD' end, 'test')""")
                .param("beslut", beslut)
                .param("utforare", utforare)
                .param("start", verkstalld)
                .param("slut", avslutad, java.sql.Types.DATE)
                .update();
        return beslut;
    }

    private static String formaterat(String pnr) {
        return pnr.substring(0, 8) + "-" + pnr.substring(8);
    }

    /** 1937MMDD-98SC: serial 98 of Skatteverket's test series, S the sex digit (even for a woman), C the Luhn digit. */
    private static String personnummer(LocalDate fodd, char kon, int variant) {
        int sex = variant * 2 + (kon == 'K' ? 0 : 1);
        return Testpersoner.medKontrollsiffra(
                String.format("%04d%02d%02d98%d", fodd.getYear(), fodd.getMonthValue(), fodd.getDayOfMonth(), sex));
    }
}
