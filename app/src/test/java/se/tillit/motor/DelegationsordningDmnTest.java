package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The delegationsordning, row by row: who may decide what (issue 14, "delegation as data"). The first matching row
 * applies, so each test also checks that a more specific row wins over the catch-all below it.
 */
@Deployment(resources = "decisions/delegationsordning.dmn")
class DelegationsordningDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0} {1} {2} → {3} {4}")
    @CsvSource({
        // a child's placement: the committee's utskott, whatever the outcome
        "BARN_OCH_UNGA,            SOL_PLACERING_BARN,          BIFALL,        UTSKOTT,     2.1",
        "BARN_OCH_UNGA,            SOL_PLACERING_BARN,          AVSLAG,        UTSKOTT,     2.1",
        "BARN_OCH_UNGA,            LVU_PLACERING_BARN,          BIFALL,        UTSKOTT,     2.1", // issue 17: LVU 11 §
        // every other decision about a child: the chef
        "BARN_OCH_UNGA,            SOL_KONTAKTPERSON,           BIFALL,        CHEF,        2.2",
        "BARN_OCH_UNGA,            LSS_KORTTIDSVISTELSE,        AVSLAG,        CHEF,        2.2",
        // housing and assistance under LSS: the chef, bifall or avslag
        "LSS,                      LSS_BOSTAD_SARSKILD_SERVICE, BIFALL,        CHEF,        3.1",
        "LSS,                      LSS_PERSONLIG_ASSISTANS,     AVSLAG,        CHEF,        3.1",
        "LSS,                      LSS_BOENDE_BARN,             DELVIS_BIFALL, CHEF,        3.1",
        "SOL_ALDRE,                SOL_BOENDE_PERMANENT,        BIFALL,        CHEF,        4.1",
        // other LSS insatser: the handläggare, avslag under its own point
        "LSS,                      LSS_KONTAKTPERSON,           BIFALL,        HANDLAGGARE, 3.2",
        "LSS,                      LSS_KORTTIDSVISTELSE,        AVSLAG,        HANDLAGGARE, 3.3",
        "LSS,                      LSS_DAGLIG_VERKSAMHET,       DELVIS_BIFALL, HANDLAGGARE, 3.3",
        "EKONOMISKT_BISTAND,       SOL_EKONOMISKT_BISTAND,      AVSLAG,        HANDLAGGARE, 5.1",
        "VUXEN,                    SOL_BOENDESTOD,              BIFALL,        HANDLAGGARE, 4.2",
        "SOL_FUNKTIONSNEDSATTNING, SOL_HEMTJANST,               AVSLAG,        HANDLAGGARE, 4.2"
    })
    void whoMayDecide(String arendetyp, String insats, String utfall, String niva, String punkt) {
        List<Map<String, Object>> rader = evaluate(arendetyp, insats, utfall);

        assertThat(rader).isNotEmpty();
        assertThat(rader.get(0)).containsEntry("beslutsniva", niva).containsEntry("delegationspunkt", punkt);
    }

    @Test
    void everyQuestionHasAnAnswer_theLastRowCatchesWhatTheOthersDoNotName() {
        assertThat(evaluate("VUXEN", "SOL_MISSBRUKSVARD", "AVSLAG")).isNotEmpty();
    }

    private static List<Map<String, Object>> evaluate(String arendetyp, String insats, String utfall) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("arendetyp", arendetyp);
        indata.put("insats", insats);
        indata.put("utfall", utfall);
        return engine.getDecisionService()
                .evaluateDecisionTableByKey("delegationsordning", indata)
                .getResultList();
    }
}
