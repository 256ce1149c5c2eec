package se.tillit.oversikt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.DemoKonton;
import se.tillit.HttpSession;
import se.tillit.TillitSpringTest;

/**
 * No raw codes on screen (issue 14): insatser, orsakskoder, units, providers and the engine's operation types are shown
 * by their names in the pages, the CSV and the auditor's history, for the demo data.
 */
@TillitSpringTest
class NamnIStalletForKoderTest {

    /** Codes the demo data holds that a person must never read as they are. */
    static final List<String> KODER = List.of(
            "LSS_BOSTAD_SARSKILD_SERVICE",
            "LSS_DAGLIG_VERKSAMHET",
            "ANSOKAN_INSATS",
            "UTF-SOLROSEN",
            ">Create<",
            "Åtgärd: Create",
            "Åtgärd: Claim",
            "Åtgärd: Assign",
            "<td>LSS</td>",
            "<td>LAS</td>",
            "EGEN_REGI");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCasePageShowsTheInsatsTheProviderTheUnitAndTheCauseByName() {
        String arendeId = jdbc.sql("""
                        select b.arende_id from beslut b join bestallning o on o.beslut_id = b.id
                         where b.insatstyp = 'LSS_BOSTAD_SARSKILD_SERVICE' and o.utforare = 'UTF-SOLROSEN' limit 1""").query(String.class).single();
        String ansokan = jdbc.sql("""
                        select a.arende_id from aktualisering a join arende c on c.id = a.arende_id
                         where a.orsakskod = 'ANSOKAN_INSATS' and c.enhet_kod = 'LSS' limit 1""").query(String.class).single();
        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);

        String beslutsfall = chef.get("/arenden/" + arendeId).body();
        String aktualisering = chef.get("/arenden/" + ansokan).body();

        assertThat(beslutsfall)
                .contains(
                        "Bostad med särskild service för vuxna (LSS)",
                        "Solrosens omsorg (utförare)",
                        "LSS och funktionsnedsättning");
        assertThat(aktualisering).contains("Ansökan om insats");
        KODER.forEach(kod -> assertThat(beslutsfall).as(kod).doesNotContain(kod));
        KODER.forEach(kod -> assertThat(aktualisering).as(kod).doesNotContain(kod));
    }

    @Test
    void theTaskListShowsTheUnitByName() {
        String lista = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD)
                .get("/uppgifter?vy=enhetens")
                .body();

        assertThat(lista).contains("<td>LSS och funktionsnedsättning</td>");
        KODER.forEach(kod -> assertThat(lista).as(kod).doesNotContain(kod));
    }

    @Test
    void theAuditorsHistoryNamesTheEnginesOperationsAndTheCodes() {
        Testperson person = Testperson.medArende(port, jdbc, "handlaggare.lss", "LSS", "LSS");
        String taskId = jdbc.sql("select task_id from uppgift where arendenummer = :n")
                .param("n", person.arendenummer())
                .query(String.class)
                .single();
        HttpSession leo = HttpSession.browser(port, "handlaggare.lss", DemoKonton.LOSENORD);
        assertThat(leo.postForm("/uppgifter/" + taskId + "/ta", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(leo.get("/arenden/" + person.arendeId()).statusCode()).isEqualTo(200);
        HttpSession revisor = HttpSession.browser(port, DemoKonton.REVISOR, DemoKonton.LOSENORD);

        String historik = revisor.get("/revision/arenden/" + person.arendeId()).body();
        String csv = revisor.get("/revision/arenden/" + person.arendeId() + "/historik.csv")
                .body();

        assertThat(historik)
                .contains(
                        "Aktualisering inkom: Ansökan",
                        "orsak: Ansökan om insats",
                        "uppgift Tagen",
                        "tilldelad – → handlaggare.lss",
                        "Åtkomst: Läsning");
        assertThat(csv).contains("uppgift Tagen", "Ansökan om insats");
        for (String text : List.of(historik, csv)) {
            KODER.forEach(kod -> assertThat(text).as(kod).doesNotContain(kod));
            assertThat(text).doesNotContain("Claim").doesNotContain("Åtkomst: LAS");
        }
    }

    @Test
    void theCostPageAndItsCsvShowProvidersInsatserAndUnitsByName() {
        HttpSession chef = HttpSession.browser(port, "chef.lss", DemoKonton.LOSENORD);

        String sida = chef.get("/kostnader?manad=2014-06").body();
        String summering = chef.get("/kostnader.csv?manad=2014-06").body();
        String detalj = chef.get("/kostnader.csv?manad=2014-06&detalj=true").body();

        assertThat(sida).contains("Solrosens omsorg (utförare)", "Bostad med särskild service för vuxna (LSS)");
        assertThat(summering)
                .contains(
                        "\"Solrosens omsorg (utförare)\";\"egen regi\";\"Bostad med särskild service för vuxna (LSS)\"");
        for (String text : List.of(sida, summering, detalj)) {
            KODER.forEach(kod -> assertThat(text).as(kod).doesNotContain(kod));
        }
    }
}
