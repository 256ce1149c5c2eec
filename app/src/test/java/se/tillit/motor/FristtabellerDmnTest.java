package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline tables, row by row against their sources (T01, T02, T04, T06, C1, C2, C4, C6, C7, C15, R03, R33). */
@Deployment(resources = {"decisions/utredningsfrist.dmn", "decisions/bevakningsfrist.dmn", "decisions/paminnelse.dmn"})
class FristtabellerDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "utredningsfrist {0}: {1} {2}")
    @CsvSource({
        "BARN_OCH_UNGA,            P4M,  LAG,        true", // C4, T04
        "VUXEN,                    P3M,  LOKALT_MAL, false", // T01 (by analogy)
        "EKONOMISKT_BISTAND,       P21D, LOKALT_MAL, false", // T06
        "LSS,                      P3M,  LOKALT_MAL, false", // T01
        "SOL_FUNKTIONSNEDSATTNING, P3M,  LOKALT_MAL, false", // T01
        "SOL_ALDRE,                P3M,  LOKALT_MAL, false"
    })
    void utredningsfrist(String arendetyp, String frist, String kalla, boolean forlangningMojlig) {
        Map<String, Object> rad = enda("utredningsfrist", "arendetyp", arendetyp);

        assertThat(rad)
                .containsEntry("frist", frist)
                .containsEntry("kalla", kalla)
                .containsEntry("forlangningMojlig", forlangningMojlig);
    }

    @Test
    void aSipMeetingDayHasNoReminderRow() { // the meeting's day is the SIP task's due date, with no reminder
        assertThat(evaluate("paminnelse", "bevakning", "SIP_MOTE")).isEmpty();
    }

    @Test
    void anUnknownCaseTypeHasNoRowSoNoDeadlineIsGuessed() {
        assertThat(evaluate("utredningsfrist", "arendetyp", "OKAND")).isEmpty();
    }

    @ParameterizedTest(name = "bevakningsfrist {0}: {1} {2}")
    @CsvSource({
        "OMEDELBAR_SKYDDSBEDOMNING, P0D,  KALENDERDAGAR,       LAG,        false", // C1
        "FORHANDSBEDOMNING,         P14D, KALENDERDAGAR,       LAG,        true", // C2
        "OVERKLAGANDE,              P3W,  FLYTTAS_TILL_VARDAG, LAG,        false", // C6
        "EJ_VERKSTALLT,             P3M,  KALENDERDAGAR,       LAG,        false", // C7
        "UPPFOLJNING,               P1Y,  KALENDERDAGAR,       LOKALT_MAL, false", // T02
        "SIP_KALLELSE,              P21D, KALENDERDAGAR,       LOKALT_MAL, false", // C15: Region Blekinge, three weeks
        "BEGARAN_OM_AVGORANDE,      P4W,  KALENDERDAGAR,       LAG,        false", // C5: förvaltningslagen 12 §
        "OVERLAMNANDE,              P7D,  FLYTTAS_TILL_VARDAG, LOKALT_MAL, false"
    }) // FL 46 § skyndsamt: a week, R33
    void bevakningsfrist(String bevakning, String frist, String dagberakning, String kalla, boolean forlangningMojlig) {
        Map<String, Object> rad = enda("bevakningsfrist", "bevakning", bevakning);

        assertThat(rad)
                .containsEntry("frist", frist)
                .containsEntry("dagberakning", dagberakning)
                .containsEntry("kalla", kalla)
                .containsEntry("forlangningMojlig", forlangningMojlig);
    }

    @ParameterizedTest(name = "paminnelse {0}: {1} before")
    @CsvSource({
        "UTREDNING, P14D",
        "FORHANDSBEDOMNING, P3D",
        "UPPFOLJNING, P30D",
        "OMPROVNING, P60D",
        "EJ_VERKSTALLT, P30D",
        "SIP_KALLELSE, P7D",
        "SIP_UPPFOLJNING, P14D",
        "BEGARAN_OM_AVGORANDE, P7D",
        "OVERLAMNANDE, P2D"
    })
    void paminnelse(String bevakning, String fore) {
        assertThat(enda("paminnelse", "bevakning", bevakning)).containsEntry("fore", fore);
    }

    private Map<String, Object> enda(String beslut, String indata, String varde) {
        DmnDecisionResult result = evaluate(beslut, indata, varde);
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }

    private DmnDecisionResult evaluate(String beslut, String indata, String varde) {
        return engine.getDecisionService()
                .evaluateDecisionByKey(beslut)
                .variables(Map.of(indata, varde))
                .evaluate();
    }
}
