package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rows of the LSS individuell plan's review (R21, C1 item 10) in the deadline tables, against their sources. A row
 * in the existing tables, not a table of its own: Fristberakning turns any row of bevakningsfrist and paminnelse into a
 * due date, a reminder and an escalation time, so the plan's clock is one more watch beside the others.
 */
@Deployment(resources = {"decisions/bevakningsfrist.dmn", "decisions/paminnelse.dmn"})
class IndividuellPlanfristDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "bevakningsfrist {0}: {1} {2} {3}")
    @CsvSource({"INDIVIDUELL_PLAN, P12M, KALENDERDAGAR, LAG, false"
    }) // LSS 10 §: "minst en gång om året"; no förlängning
    void bevakningsfrist(String bevakning, String frist, String dagberakning, String kalla, boolean forlangningMojlig) {
        assertThat(enda("bevakningsfrist", bevakning))
                .containsEntry("frist", frist)
                .containsEntry("dagberakning", dagberakning)
                .containsEntry("kalla", kalla)
                .containsEntry("forlangningMojlig", forlangningMojlig);
    }

    @ParameterizedTest(name = "paminnelse {0}: {1} before")
    @CsvSource({"INDIVIDUELL_PLAN, P30D"}) // local routine, as the yearly follow-up (UPPFOLJNING, T02)
    void paminnelse(String bevakning, String fore) {
        assertThat(enda("paminnelse", bevakning)).containsEntry("fore", fore);
    }

    private Map<String, Object> enda(String tabell, String bevakning) {
        DmnDecisionResult result = engine.getDecisionService()
                .evaluateDecisionByKey(tabell)
                .variables(Map.of("bevakning", bevakning))
                .evaluate();
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }
}
