package se.tillit.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;
import se.tillit.drift.Csv;

/**
 * Issue 18, "readable": the auditor filters the log by case and kind and exports the selection; the chef reviews what
 * the own unit's staff read, and nothing of other units' staff.
 */
@TillitSpringTest
class AtkomstloggSidorTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAuditorFiltersByCaseAndKind_andExportsTheSelection_whichIsItselfOnRecord() {
        java.util.Map<String, Object> arende = ettArende();
        UUID arendeId = (UUID) arende.get("id");
        String nummer = (String) arende.get("arendenummer");
        rad("handlaggare.bou", "BOU:HANDLAGGARE", "LAS", arendeId, "Ärendesidan (AtkomstloggSidorTest)");
        rad("handlaggare.bou", "BOU:HANDLAGGARE", "EXPORT", arendeId, "Export (AtkomstloggSidorTest)");
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);

        String sida = revisor.get("/revision/atkomst?arende=" + nummer + "&handling=LAS")
                .body();
        assertThat(sida)
                .contains("Ärendesidan (AtkomstloggSidorTest)")
                .doesNotContain("Export (AtkomstloggSidorTest)")
                .contains("/revision/atkomst.csv?", "arende=" + nummer, "handling=LAS");

        HttpResponse<String> csv = revisor.get("/revision/atkomst.csv?arende=" + nummer);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith(Csv.BOM + "tid;anvandare;roller;handling;")
                .contains(
                        "\"Ärendesidan (AtkomstloggSidorTest)\"",
                        "\"Export (AtkomstloggSidorTest)\"",
                        arendeId.toString());
        assertThat(jdbc.sql("""
                        select count(*) from atkomstlogg where anvandarnamn = 'revisor' and handling = 'EXPORT' and arende_id = :a
                           and beskrivning like 'Revision: åtkomstloggen, export CSV (%'""").param("a", arendeId).query(Long.class).single())
                .isOne();

        assertThat(revisor.get("/revision/atkomst?arende=inte-ett-nummer").body())
                .contains("Skriv ärendenumret som ÅÅÅÅ-NNNNNN.");
        assertThat(revisor.get("/revision/atkomst.csv?arende=inte-ett-nummer").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theChefReviewsWhatTheUnitsStaffRead_andNothingOfOtherUnits() {
        rad("handlaggare.bou", "BOU:HANDLAGGARE", "LAS", null, "BOU:s läsning (AtkomstloggSidorTest)");
        rad("handlaggare.lss", "LSS:HANDLAGGARE", "LAS", null, "LSS:s läsning (AtkomstloggSidorTest)");
        HttpSession chef = HttpSession.browser(port, DemoKonton.CHEF, DemoKonton.LOSENORD);

        assertThat(chef.get("/").body()).contains("href=\"/atkomstlogg\"", "Loggkontroll");
        String sida = chef.get("/atkomstlogg").body();

        assertThat(sida)
                .contains("BOU:s läsning (AtkomstloggSidorTest)")
                .doesNotContain("LSS:s läsning (AtkomstloggSidorTest)");
        assertThat(chef.get("/atkomstlogg?enhet=LSS").statusCode())
                .as("not the chef's unit")
                .isEqualTo(404);
        assertThat(chef.get("/atkomstlogg?enhet=BOU&handling=EXPORT").body())
                .doesNotContain("BOU:s läsning (AtkomstloggSidorTest)");
        assertThat(HttpSession.browser(port, DemoKonton.HANDLAGGARE, DemoKonton.LOSENORD)
                        .get("/atkomstlogg")
                        .statusCode())
                .isEqualTo(403);
    }

    /** A case of the demo data (any will do: the rows below are told apart by their descriptions). */
    private java.util.Map<String, Object> ettArende() {
        return jdbc.sql("select id, arendenummer from arende order by skapad limit 1")
                .query()
                .singleRow();
    }

    private void rad(String anvandare, String roller, String handling, UUID arende, String beskrivning) {
        jdbc.sql("""
                        insert into atkomstlogg (anvandarnamn, roller, handling, arende_id, beskrivning)
                        values (:a, :r, :h, :arende, :b)""")
                .param("a", anvandare)
                .param("r", roller)
                .param("h", handling)
                .param("arende", arende)
                .param("b", beskrivning)
                .update();
    }
}
