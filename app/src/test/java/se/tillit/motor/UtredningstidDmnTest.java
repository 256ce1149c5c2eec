package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** Investigation deadlines per area: C4 (children, statutory), T01 and T06 (local targets), C5. */
@Deployment(resources = "decisions/utredningstid.dmn")
class UtredningstidDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "BARN_OCH_UNGA,            P4M, LAGSTADGAD",
            "VUXEN_MISSBRUK,           P3M, LOKALT_MAL",
            "EKONOMISKT_BISTAND,       P3W, LOKALT_MAL",
            "LSS,                      P3M, LOKALT_MAL",
            "SOL_FUNKTIONSNEDSATTNING, P3M, LOKALT_MAL",
            "SOL_ALDRE,                P3M, LOKALT_MAL"})
    void everyAreaHasItsDeadline(String omrade, String frist, String fristtyp) {
        DmnDecisionResult result = evaluate(omrade);

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry("frist", frist)
                .containsEntry("fristtyp", fristtyp)
                .containsKey("kalla");
    }

    @Test
    void theChildrensDeadlineNamesTheLaw() {
        assertThat(evaluate("BARN_OCH_UNGA").getSingleResult().<String>getEntry("kalla"))
                .isEqualTo("SoL (2025:400) 20 kap. 3 §");
    }

    @Test
    void anUnknownAreaHasNoDeadlineRatherThanAGuessedOne() {
        assertThat(evaluate("OKANT_OMRADE")).isEmpty();
    }

    private DmnDecisionResult evaluate(String omrade) {
        DecisionService decisions = engine.getDecisionService();
        return decisions.evaluateDecisionByKey("utredningstid").variables(Map.of("omrade", omrade)).evaluate();
    }
}
