package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.Ansokan;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/** The case page: the timeline with its deadlines and states; every read logged (C55); other units see nothing. */
@TillitSpringTest
class ArendesidaTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCasePageShowsTheTimelineAndEveryReadIsLogged() {
        LocalDate idag = LocalDate.now(se.tillit.drift.Svensktid.ZON);
        HttpSession api = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD);
        Ansokan.Arende arende = new Ansokan(port, taskService, "handlaggare.lss", "LSS", "LSS")
                .person("19570707-9876", "Sigrid", "Sidvy")
                .motivering("Ansökan om bostad")
                .bedomd();
        String arendeId = arende.arendeId();
        String arendenummer = arende.arendenummer();
        String beslutId = HttpSession.json(
                api.post("/api/arenden/" + arendeId + "/beslut", """
                {"insatstyp":"LSS_BOSTAD_SARSKILD_SERVICE","utfall":"BIFALL","lagrum":{"lag":"LSS","lagversion":"1993:387","paragraf":"9 § 9"},"niva":2,
                 "giltigFrom":"%1$s","motivering":"Behovet är styrkt","overklagandehanvisning":true,"delegationspunkt":"LSS-3.1",
                 "beslutsdatum":"%1$s","utforare":"UTF-SOLROSEN","utforartyp":"EGEN_REGI","onskadStart":"%1$s",
                 "individuellPlan":"MUNTLIGT"}""".formatted(idag))
                        .body(),
                "id");
        api.post("/api/beslut/" + beslutId + "/delgivning", "{\"delgivningsdatum\":\"" + idag + "\"}");
        HttpSession.api(port, DemoKonton.UTFORARE, DemoKonton.LOSENORD)
                .post("/api/beslut/" + beslutId + "/verkstallighet", "{\"verkstalld\":\"" + idag + "\"}");

        HttpResponse<String> sida = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/arenden/" + arendeId);

        assertThat(sida.statusCode()).isEqualTo(200);
        assertThat(sida.body())
                .contains(
                        "Ärende " + arendenummer,
                        "Sigrid Sidvy",
                        "19570707-9876",
                        "Leder till utredning",
                        "Inledd " + idag,
                        "Bifall",
                        "LSS (1993:387) 9 § 9",
                        "Kan överklagas till och med",
                        "Verkställt " + idag + " (Solrosens omsorg (utförare))",
                        "Planerad " + idag.plusYears(1),
                        "Utreda");
        assertThat(loggade(arendeId, "handlaggare.lss")).isEqualTo(1);

        HttpResponse<String> revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD)
                .get("/arenden/" + arendeId);
        assertThat(revisor.statusCode()).isEqualTo(200);
        assertThat(loggade(arendeId, DemoKonton.REVISOR)).isEqualTo(1);
        assertThat(jdbc.sql("select roller from atkomstlogg where arende_id = :a::uuid and anvandarnamn = 'revisor'")
                        .param("a", arendeId)
                        .query(String.class)
                        .single())
                .isEqualTo("NAMND:REVISOR");

        HttpResponse<String> annanEnhet = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/arenden/" + arendeId);
        assertThat(annanEnhet.statusCode()).isEqualTo(404);
        assertThat(annanEnhet.body()).doesNotContain("Sigrid").doesNotContain(arendenummer);
        assertThat(loggade(arendeId, DemoKonton.HANDLAGGARE)).isZero();
    }

    @Test
    void aProtectedIdentityIsMaskedOnTheCasePage() {
        // Tolvan Tolvansson, a demo person with sekretessmarkering
        HttpResponse<String> anmalan = HttpSession.api(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"19121212-1212","arendetyp":"BARN_OCH_UNGA","typ":"ANMALAN","inkom":"%s","orsakskod":"ORO","enhet":"BOU"}""".formatted(se.tillit.Testtid.idagFore(java.time.Duration.ofHours(1))));

        String sida = HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                .get("/arenden/" + HttpSession.json(anmalan.body(), "arendeId"))
                .body();

        assertThat(sida)
                .contains("Skyddad identitet", "********-****")
                .doesNotContain("Tolvan")
                .doesNotContain("19121212");
    }

    /**
     * The database gives a timestamptz in UTC; the page writes it in Swedish time. 23:40 UTC on a winter evening is 00:40
     * the next day in Sweden: the aktualisering's time and the decision letter's.
     */
    @Test
    void aTimeJustBeforeMidnightUtcInWinterIsShownAsTheNextDayInSwedishTime() {
        HttpResponse<String> ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .post("/api/aktualiseringar", """
                {"personnummer":"%s","fornamn":"Vinni","efternamn":"Midnattsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"2026-01-15T23:40:00Z","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(Testperson.nyttPersonnummer()));
        assertThat(ansokan.statusCode()).as(ansokan.body()).isEqualTo(201);
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        // a decision letter written at 23:50 UTC, as the decision page stores it
        jdbc.sql("""
                        insert into beslutsbrev (arende_id, pdf, sha256, skapad, skapad_av, formular_id)
                        values (:a::uuid, :pdf, repeat('0', 64), :skapad, 'handlaggare.lss', gen_random_uuid())""")
                .param("a", arendeId)
                .param("pdf", new byte[] {1})
                .param("skapad", OffsetDateTime.parse("2026-01-15T23:50:00Z"))
                .update();

        String sida = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/arenden/" + arendeId)
                .body();

        assertThat(sida)
                .contains("<td>2026-01-16 00:40</td>", "Beslutsbrev 2026-01-16 00:50, skrivet av handlaggare.lss")
                .doesNotContain("2026-01-15 23:40", "2026-01-15 23:50");
    }

    private long loggade(String arendeId, String anvandare) {
        return jdbc.sql(
                        "select count(*) from atkomstlogg where arende_id = :a::uuid and anvandarnamn = :u and handling = 'LAS'")
                .param("a", arendeId)
                .param("u", anvandare)
                .query(Long.class)
                .single();
    }
}
