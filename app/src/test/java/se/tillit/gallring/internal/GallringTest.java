package se.tillit.gallring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.Testkonton;
import se.tillit.Testpersoner;
import se.tillit.TillitSpringTest;
import se.tillit.drift.Csv;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsfixtur;
import se.tillit.sakerhet.Roll;

/**
 * Gallring in the whole application (issue 18): a run on a database with persons of each kind proposes exactly the files
 * due and says why the others are kept (law-and-peers.md C1 item 17, C4 item 43, C5 item 54, A7 "Gallring"); two
 * administrators confirm it, never one alone; a legal hold is set and lifted with a reason and logged; the report is read
 * by ADMIN and REVISOR only, and the database refuses to delete it. Browser-free: the pages over HTTP.
 */
@TillitSpringTest
class GallringTest {

    static final String ANDRA_ADMIN = "admin.gallring";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Gallringskorning korning;

    @Autowired
    Korningsregister korningar;

    @Autowired
    Clock clock;

    @Autowired
    Gallringsforvaltning forvaltning;

    @Autowired
    se.tillit.gallring.Gallringsdatum gallringsdatum;

    @Autowired
    se.tillit.gallring.Gallringsregler regler;

    @BeforeEach
    void enAndraAdministrator() {
        Testkonton.skapaKonto(jdbc, ANDRA_ADMIN, "Gunnar Gallrare (test)", "SOCFORV", Roll.ADMIN);
    }

    @Test
    void aRunOnPersonsOfEachKindProposesExactlyThoseDueAndSaysWhyTheOthersAreKept() {
        LocalDate idag = LocalDate.now(clock);
        // C1 item 17 (SoL 16 kap. 1 §): five years after the last entry; the run is made as of a day past that
        LocalDate dag = idag.plusYears(5).plusDays(30);
        UUID vuxen = person(1971, 12, "VUX", "VUXEN", "INSATSER_AVSLUTADE", null);
        UUID lss = person(1972, 12, "LSS", "LSS", "INSATSER_AVSLUTADE", null);
        UUID forskning = person(1973, 15, "VUX", "VUXEN", "INSATSER_AVSLUTADE", null);
        UUID stopp = person(1974, 12, "VUX", "VUXEN", "INSATSER_AVSLUTADE", null);
        UUID utredning =
                person(2010, 12, "BOU", "BARN_OCH_UNGA", "UTREDNING_AVSLUTAD_UTAN_INSATS", "LEDER_TILL_UTREDNING");
        UUID ejInledd =
                person(2012, 12, "BOU", "BARN_OCH_UNGA", "LEDER_INTE_TILL_UTREDNING", "LEDER_INTE_TILL_UTREDNING");
        UUID placerad = person(2011, 12, "BOU", "BARN_OCH_UNGA", "INSATSER_AVSLUTADE", "LEDER_TILL_UTREDNING");
        beslut(placerad, "SOL_PLACERING_BARN", "BIFALL");
        UUID oppen = person(1975, 12, "VUX", "VUXEN", null, null);
        // a journal note two months after the case closed moves the file's last entry, read through the journal's API
        UUID senAnteckning = person(1976, 12, "VUX", "VUXEN", "INSATSER_AVSLUTADE", null);
        journalanteckning(senAnteckning, idag.plusDays(60));
        HttpResponse<String> satt = admin().postForm(
                        "/admin/gallring/stopp",
                        Map.of(
                                "personnummer",
                                personnummer(stopp),
                                "skal",
                                "Pågående mål i förvaltningsrätten (test)"));
        assertThat(satt.statusCode()).as(satt.body()).isEqualTo(302);

        Korning k = korning.foreslaSomJobbet(dag).orElseThrow();

        assertThat(korning.foreslaSomJobbet(dag))
                .as("the job's day is run once, on two nodes too")
                .isEmpty();
        assertThat(k.status()).isEqualTo(Korning.Status.FORESLAGEN);
        assertThat(k.regelversion()).startsWith("gallring v");
        Map<UUID, Korningsregister.Akt> akter =
                korningar.akter(k.id()).stream().collect(Collectors.toMap(Korningsregister.Akt::personId, a -> a));
        assertThat(akter).doesNotContainKeys(oppen, senAnteckning);
        assertUtfall(akter.get(vuxen), Aktbedomning.Utfall.GALLRAS, "FEM_AR_SOL");
        assertUtfall(akter.get(lss), Aktbedomning.Utfall.GALLRAS, "FEM_AR_LSS");
        assertUtfall(akter.get(forskning), Aktbedomning.Utfall.BEVARAS, "FORSKNING_SOL");
        assertUtfall(akter.get(stopp), Aktbedomning.Utfall.BEVARAS, "GALLRINGSSTOPP");
        assertUtfall(akter.get(utredning), Aktbedomning.Utfall.BEVARAS, "BARNAVARDSUTREDNING");
        assertUtfall(akter.get(ejInledd), Aktbedomning.Utfall.GALLRAS, "EJ_INLEDD_UTREDNING");
        assertUtfall(akter.get(placerad), Aktbedomning.Utfall.BEVARAS, "BARNAVARDSUTREDNING", "PLACERING_BARN");
        // 16 kap. 2 a §: not before the 30th birthday (born 2010-..-12)
        assertThat(akter.get(utredning).gallringsdatum().getYear()).isEqualTo(2040);
        assertThat(akter.get(utredning).gallringsdatum().getDayOfMonth()).isEqualTo(12);
        // 16 kap. 1 § third paragraph: by the end of the next calendar year
        assertThat(akter.get(vuxen).senast())
                .isEqualTo(LocalDate.of(akter.get(vuxen).gallringsdatum().getYear() + 1, 12, 31));
        assertThat(akter.get(forskning).grunder())
                .singleElement()
                .extracting(Aktbedomning.Grund::kalla)
                .asString()
                .contains("socialtjänstförordningen (2025:468) 13 kap. 1 §");

        // the auditor reads the report: the reasons with their sources, and one access-log row naming the persons shown
        long loggFore = jdbc.sql("select coalesce(max(id), 0) from atkomstlogg")
                .query(Long.class)
                .single();
        HttpResponse<String> rapport = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/gallringsrapporter/" + k.id());
        assertThat(rapport.statusCode()).isEqualTo(200);
        assertThat(rapport.body())
                .contains(
                        personnummer(vuxen),
                        personnummer(forskning),
                        "FORSKNING_SOL",
                        "SoL (2025:400) 16 kap. 1 §",
                        "SoL (2025:400) 16 kap. 2 a §",
                        "Förstört: inget");
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where id > :fore and anvandarnamn = :revisor and handling = 'LAS'
                           and personer @> array[:vuxen, :forskning]::uuid[]""")
                        .param("fore", loggFore)
                        .param("revisor", DemoKonton.REVISOR)
                        .param("vuxen", vuxen)
                        .param("forskning", forskning)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void twoAdministratorsConfirmAProposalAndNeitherTheApproverNorTheProposerCanConfirmIt() {
        HttpSession admin = admin();
        HttpSession andra = HttpSession.browser(port, ANDRA_ADMIN, DemoKonton.LOSENORD);
        // a proposal of this test's person only, made by the first administrator: a confirmed run over the whole shared
        // database would destroy the demo data's and other tests' files (GallringensForstoringTest destroys its own)
        UUID person = person(1969, 12, "VUX", "VUXEN", "INSATSER_AVSLUTADE", null);
        UUID id = new Testkorningar(gallringsdatum, regler, korningar, clock)
                .foresla(LocalDate.now(clock).plusYears(6), DemoKonton.ADMIN, java.util.List.of(person))
                .id();
        String korningen = "/admin/gallring/korningar/" + id;

        HttpResponse<String> foreGodkannande = andra.postForm(korningen + "/bekraftelse", Map.of());
        assertThat(foreGodkannande.statusCode()).as("confirmed before approved").isEqualTo(409);
        assertThat(foreGodkannande.body()).contains("inte godkänt än");
        // the one who ran it may approve it first, as one of the two
        assertThat(admin.postForm(korningen + "/godkannande", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/gallring").body())
                .contains("en annan administratör bekräftar det")
                .doesNotContain(korningen + "/bekraftelse");
        HttpResponse<String> egen = admin.postForm(korningen + "/bekraftelse", Map.of());
        assertThat(egen.statusCode()).isEqualTo(403);
        assertThat(egen.body()).contains("som du själv har godkänt eller gjort");
        assertThat(status(id)).isEqualTo("GODKAND");

        assertThat(andra.get("/admin/gallring").body()).contains(korningen + "/bekraftelse");
        HttpResponse<String> bekraftad = andra.postForm(korningen + "/bekraftelse", Map.of());
        assertThat(bekraftad.statusCode()).as(bekraftad.body()).isEqualTo(302);

        assertThat(jdbc.sql(
                                "select status || ' ' || godkand_av || ' ' || bekraftad_av from gallringskorning where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("BEKRAFTAD " + DemoKonton.ADMIN + " " + ANDRA_ADMIN);
        assertThat(andra.postForm(korningen + "/bekraftelse", Map.of()).statusCode())
                .as("decided once")
                .isEqualTo(409);
        assertThat(andra.postForm(korningen + "/avvisning", Map.of("skal", "För sent"))
                        .statusCode())
                .isEqualTo(409);
        // the destruction starts at once (GallringensForstoringTest follows it): the page says so
        assertThat(andra.get("/admin/gallring").body()).contains("Akterna förstörs nu");
        HttpResponse<String> rapport = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/gallringsrapporter/" + id);
        assertThat(rapport.body()).contains(DemoKonton.ADMIN, ANDRA_ADMIN, "Bekräftat");
        HttpResponse<String> csv = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/gallringsrapporter/" + id + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith(Csv.BOM + "korningsdag;regelversion;status;");
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get("/gallringsrapporter/" + id)
                        .statusCode())
                .isEqualTo(403);
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .get("/admin/gallring")
                        .statusCode())
                .isEqualTo(403);

        // the report is kept: the database refuses to change or delete it, the owner included
        assertThatThrownBy(() -> jdbc.sql("update gallringskorning set bekraftad_av = 'någon' where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("Gallring");
        assertThatThrownBy(() -> jdbc.sql("delete from gallringskorning where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("Gallring");
        assertThatThrownBy(() -> jdbc.sql("delete from gallringsakt").update()).hasMessageContaining("Gallring");
    }

    @Test
    void aNewRunReplacesAnOpenProposalAndARejectionNeedsAReason() {
        HttpSession admin = admin();
        assertThat(admin.postForm("/admin/gallring/korningar", Map.of()).statusCode())
                .isEqualTo(302);
        UUID forsta = oppen();
        HttpResponse<String> utanSkal =
                admin.postForm("/admin/gallring/korningar/" + forsta + "/avvisning", Map.of("skal", " "));
        assertThat(utanSkal.statusCode()).isEqualTo(400);
        assertThat(utanSkal.body()).contains("Skriv ett skäl");

        assertThat(admin.postForm("/admin/gallring/korningar", Map.of()).statusCode())
                .isEqualTo(302);
        UUID andra = oppen();

        assertThat(andra).isNotEqualTo(forsta);
        assertThat(status(forsta)).isEqualTo("ERSATT");
        assertThat(admin.postForm(
                                "/admin/gallring/korningar/" + andra + "/avvisning", Map.of("skal", "Tabellen ändras"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(status(andra)).isEqualTo("AVVISAD");
        assertThat(admin.postForm("/admin/gallring/korningar/" + UUID.randomUUID() + "/godkannande", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    /** The page while a proposal asked for on it is made in the background (GallringsforslagIBakgrundenTest): it says so. */
    @Test
    void thePageSaysAProposalIsUnderWayAndASecondRequestStartsNothing() {
        Gallringsforvaltning.Forslag pagar =
                new Gallringsforvaltning.Forslag("admin", java.time.OffsetDateTime.parse("2026-01-15T23:40:00Z"));
        forvaltning.sattPagaendeForslag(pagar);
        try {
            HttpSession admin = admin();
            HttpResponse<String> sidan = admin.get("/admin/gallring");
            assertThat(sidan.statusCode()).isEqualTo(200);
            assertThat(sidan.body())
                    .contains("Ett förslag tas fram sedan 2026-01-16 00:40 (begärt av admin)", "Visa läget nu");
            long fore = jdbc.sql("select count(*) from gallringskorning")
                    .query(Long.class)
                    .single();
            HttpResponse<String> igen = admin.postForm("/admin/gallring/korningar", Map.of());
            assertThat(igen.statusCode()).isEqualTo(302);
            assertThat(admin.get("/admin/gallring").body()).contains("Ett förslag tas redan fram (begärt av admin)");
            assertThat(jdbc.sql("select count(*) from gallringskorning")
                            .query(Long.class)
                            .single())
                    .isEqualTo(fore);
        } finally {
            forvaltning.sattPagaendeForslag(null);
        }
    }

    @Test
    void aHoldIsSetAndLiftedWithAReasonEachALoggedRowAndNeverRemoved() {
        HttpSession admin = admin();
        UUID person = person(1968, 12, "VUX", "VUXEN", "INSATSER_AVSLUTADE", null);
        String pnr = personnummer(person);

        assertThat(admin.postForm("/admin/gallring/stopp", Map.of("personnummer", pnr, "skal", ""))
                        .body())
                .contains("Skriv ett skäl");
        assertThat(admin.postForm("/admin/gallring/stopp", Map.of("personnummer", "19121212-1213", "skal", "Test"))
                        .statusCode())
                .as("not a valid personnummer")
                .isEqualTo(400);
        assertThat(admin.postForm(
                                "/admin/gallring/stopp",
                                Map.of("personnummer", Testpersoner.medKontrollsiffra("19100101-998"), "skal", "Test"))
                        .body())
                .contains("Det finns ingen person");
        long loggFore = jdbc.sql("select coalesce(max(id), 0) from atkomstlogg")
                .query(Long.class)
                .single();
        HttpResponse<String> satt =
                admin.postForm("/admin/gallring/stopp", Map.of("personnummer", pnr, "skal", "JO-ärende (test)"));
        assertThat(satt.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/gallring").body())
                .contains("Gallringsstoppet är satt. Utan stoppet skulle akten kunna gallras från");
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where id > :fore and anvandarnamn = :admin and handling = 'SKRIV'
                           and person_id = :person""")
                        .param("fore", loggFore)
                        .param("admin", DemoKonton.ADMIN)
                        .param("person", person)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(admin.postForm("/admin/gallring/stopp", Map.of("personnummer", pnr, "skal", "Igen"))
                        .statusCode())
                .as("one hold at a time")
                .isEqualTo(409);
        UUID stoppId = jdbc.sql("select id from gallringsstopp where person_id = :p and havt is null")
                .param("p", person)
                .query(UUID.class)
                .single();
        assertThat(admin.get("/admin/gallring").body()).contains(pnr, "JO-ärende (test)");

        assertThat(admin.postForm("/admin/gallring/stopp/" + stoppId + "/havning", Map.of())
                        .statusCode())
                .isEqualTo(400);
        assertThat(admin.postForm(
                                "/admin/gallring/stopp/" + stoppId + "/havning",
                                Map.of("skal", "JO har avslutat ärendet"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.postForm("/admin/gallring/stopp/" + stoppId + "/havning", Map.of("skal", "Igen"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(jdbc.sql("select havt_av || ': ' || havt_skal from gallringsstopp where id = :id")
                        .param("id", stoppId)
                        .query(String.class)
                        .single())
                .isEqualTo(DemoKonton.ADMIN + ": JO har avslutat ärendet");
        assertThatThrownBy(() -> jdbc.sql("delete from gallringsstopp where id = :id")
                        .param("id", stoppId)
                        .update())
                .hasMessageContaining("Gallring");
        assertThat(HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                        .postForm("/admin/gallring/stopp", Map.of("personnummer", pnr, "skal", "Revisorn"))
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpSession admin() {
        return HttpSession.browser(port, DemoKonton.ADMIN, DemoKonton.LOSENORD);
    }

    private UUID oppen() {
        return jdbc.sql(
                        "select id from gallringskorning where status in ('FORESLAGEN', 'GODKAND') order by skapad desc limit 1")
                .query(UUID.class)
                .single();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from gallringskorning where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static void assertUtfall(Korningsregister.Akt akt, Aktbedomning.Utfall utfall, String... regler) {
        assertThat(akt).as("the file is in the run").isNotNull();
        assertThat(akt.utfall()).isEqualTo(utfall);
        assertThat(akt.grunder()).extracting(Aktbedomning.Grund::regel).containsExactlyInAnyOrder(regler);
    }

    /**
     * A synthetic person (Skatteverket's test series) born on the day of the month, with one case of the unit and type
     * closed ten days ago for the reason (open when null), and an aktualisering with the outcome if given.
     */
    private UUID person(int ar, int dag, String enhet, String arendetyp, String avslutsorsak, String utfall) {
        UUID person = new Gallringsfixtur(jdbc).person(ar, dag);
        OffsetDateTime oppnat = OffsetDateTime.now(clock).minusMonths(3);
        OffsetDateTime avslutat =
                avslutsorsak == null ? null : OffsetDateTime.now(clock).minusDays(10);
        UUID arende = jdbc.sql("""
                        insert into arende (arendenummer, person_id, arendetyp, enhet_kod, status, oppnat, avslutat, avslutsorsak,
                                            skapad_av)
                        values (:nummer, :person, :typ, :enhet, :status, :oppnat, :avslutat, :orsak, 'test') returning id""")
                .param(
                        "nummer",
                        "G-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)))
                .param("person", person)
                .param("typ", arendetyp)
                .param("enhet", enhet)
                .param("status", avslutsorsak == null ? "OPPET" : "AVSLUTAT")
                .param("oppnat", oppnat)
                .param("avslutat", avslutat)
                .param("orsak", avslutsorsak)
                .query(UUID.class)
                .single();
        if (utfall != null) {
            jdbc.sql("""
                            insert into aktualisering (arende_id, typ, inkom, orsakskod, utfall, utfall_registrerat, utfall_av, skapad_av)
                            values (:arende, 'ANMALAN', :inkom, 'ANMALAN', :utfall, :registrerat, 'test', 'test')""")
                    .param("arende", arende)
                    .param("inkom", oppnat)
                    .param("utfall", utfall)
                    .param("registrerat", oppnat.plusDays(14))
                    .update();
        }
        return person;
    }

    private void beslut(UUID person, String insats, String utfall) {
        jdbc.sql("""
                        insert into beslut (arende_id, insatstyp, utfall, lag, lagversion, kapitel, paragraf, giltig_from,
                                            motivering, overklagandehanvisning, beslutsfattare, delegationspunkt, beslutsdatum,
                                            skapad_av)
                        select id, :insats, :utfall, 'SOL', '2025:400', 11, '1 §', current_date - 60, 'Testdata', true, 'test',
                               '2.1', current_date - 60, 'test'
                          from arende where person_id = :person""")
                .param("insats", insats)
                .param("utfall", utfall)
                .param("person", person)
                .update();
    }

    private void journalanteckning(UUID person, LocalDate handelsedatum) {
        jdbc.sql("""
                        insert into journalanteckning (arende_id, handelsedatum, slag, text, forfattare, signerad, idempotensnyckel)
                        select id, :dag, 'SAMTAL', 'Uppföljande samtal (test)', :forfattare, now(), gen_random_uuid()
                          from arende where person_id = :person""")
                .param("dag", handelsedatum)
                .param("forfattare", DemoKonton.HANDLAGGARE)
                .param("person", person)
                .update();
    }

    private String personnummer(UUID person) {
        String tolv = jdbc.sql("select personnummer from person where id = :id")
                .param("id", person)
                .query(String.class)
                .single();
        return tolv.substring(0, 8) + "-" + tolv.substring(8);
    }
}
