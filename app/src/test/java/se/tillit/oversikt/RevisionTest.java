package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/** The auditor: search (logged), the whole history of a case with reads included, exports, the access log. */
@TillitSpringTest
class RevisionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAuditorFindsACaseAndSeesItsWholeHistoryReadsIncluded() {
        HttpResponse<String> ansokan = HttpSession.api(port, "handlaggare.lss", DemoKonton.LOSENORD).post("/api/aktualiseringar", """
                {"personnummer":"19330303-9881","fornamn":"Rut","efternamn":"Revisionsson","arendetyp":"LSS","typ":"ANSOKAN",
                 "inkom":"%s","orsakskod":"ANSOKAN_INSATS","enhet":"LSS"}""".formatted(OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        String arendeId = HttpSession.json(ansokan.body(), "arendeId");
        String arendenummer = HttpSession.json(ansokan.body(), "arendenummer");
        String taskId = jdbc.sql("select task_id from uppgift where arendenummer = :n").param("n", arendenummer).query(String.class).single();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        leo.postForm("/uppgifter/" + taskId + "/ta", Map.of());
        leo.postForm("/uppgifter/" + taskId, Map.of("bedomning", "LEDER_TILL_UTREDNING", "motivering", "Ansökan om ledsagarservice"));
        leo.get("/arenden/" + arendeId);
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);

        assertThat(revisor.postForm("/revision", java.util.Map.of("sok", arendenummer)).body()).contains("/revision/arenden/" + arendeId);
        String pnrSokning = revisor.postForm("/revision", java.util.Map.of("sok", "19330303-9881")).body();
        assertThat(pnrSokning).contains(arendenummer).doesNotContain("value=\"19330303-9881\"");
        // issue 16: a personnummer in an address searches nothing (the search is a POST)
        assertThat(revisor.get("/revision?sok=19330303-9881").body()).doesNotContain(arendenummer);
        assertThat(jdbc.sql("select count(*) from atkomstlogg where anvandarnamn = 'revisor' and handling = 'SOK'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);

        String historik = revisor.get("/revision/arenden/" + arendeId).body();
        assertThat(historik).contains("Aktualisering inkom: Ansökan", "Utfall: Leder till utredning", "Ärende öppnat",
                "Bedöm om aktualiseringen leder till utredning", "Aktualisering: uppgift Tagen", "Utredning inledd",
                "Åtkomst: Läsning", "Ärendesidan (LSS:HANDLAGGARE VUX:HANDLAGGARE)",
                "Handling upprättad: Bedöm om aktualiseringen leder till utredning");

        HttpResponse<String> csv = revisor.get("/revision/arenden/" + arendeId + "/historik.csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("tid;vem;vad;detalj").contains("\"Utfall: Leder till utredning\"");
        HttpResponse<String> json = revisor.get("/revision/arenden/" + arendeId + "/historik.json");
        assertThat(json.body()).startsWith("[").contains("\"vad\":\"Utredning inledd\"");
        assertThat(jdbc.sql("select count(*) from atkomstlogg where anvandarnamn = 'revisor' and handling = 'EXPORT' and arende_id = :a::uuid")
                .param("a", arendeId).query(Long.class).single()).isEqualTo(2);

        String atkomst = revisor.get("/revision/atkomst?anvandare=handlaggare.lss&personnummer=19330303-9881").body();
        assertThat(atkomst).contains("Ärendesidan", "handlaggare.lss").doesNotContain("Revision: export");
    }

    @Test
    void onlyTheAuditorSeesTheAuditAndTheAuditorChangesNothing() {
        assertThat(HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD).get("/revision").statusCode()).isEqualTo(403);
        assertThat(HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD).get("/revision/atkomst").statusCode()).isEqualTo(403);
        HttpResponse<String> registrera = HttpSession.api(port, DemoKonton.REVISOR, DemoKonton.LOSENORD).post("/api/aktualiseringar", """
                {"personnummer":"19121212-1212","arendetyp":"LSS","typ":"ANSOKAN","inkom":"2026-11-01T10:00:00+01:00",
                 "orsakskod":"X","enhet":"LSS"}""");
        assertThat(registrera.statusCode()).isEqualTo(403);
    }

}
