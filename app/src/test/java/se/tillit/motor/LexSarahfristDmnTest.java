package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lex Sarah targets, row by row. The law says genast, utan dröjsmål and snarast and gives no day count (27 kap.
 * 5–6 §§, LSS 24 e–f §§; C16): every row is a local target, and each reminder comes before its target.
 */
@Deployment(resources = "decisions/lexsarahfrist.dmn")
class LexSarahfristDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0}: target {1}, reminder after {2}")
    @CsvSource({
        "UTREDNING,   P14D, P10D", // genast dokumenteras och utredas (27 kap. 5 §)
        "BEDOMNING,   P3D,  P2D", // utan dröjsmål
        "IVO_ANMALAN, P14D, P7D", // snarast (27 kap. 6 §; C16)
        "ATGARDER,    P30D, P21D"
    }) // avhjälpas eller undanröjas (27 kap. 5 §)
    void eachStepHasALocalTargetAndAReminderBeforeIt(String bevakning, String mal, String paminnelse) {
        DmnDecisionResult result = evaluate(bevakning);

        assertThat(result).hasSize(1);
        Map<String, Object> rad = result.getSingleResult().getEntryMap();
        assertThat(rad)
                .containsEntry("mal", mal)
                .containsEntry("paminnelse", paminnelse)
                .containsEntry("kalla", "LOKALT_MAL");
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(start.plus(Period.parse(paminnelse))).isBefore(start.plus(Period.parse(mal)));
    }

    @Test
    void anUnknownStepHasNoRowSoNoTargetIsGuessed() {
        assertThat(evaluate("OKAND")).isEmpty();
    }

    private static DmnDecisionResult evaluate(String bevakning) {
        return engine.getDecisionService()
                .evaluateDecisionByKey("lexsarahfrist")
                .variables(Map.of("bevakning", bevakning))
                .evaluate();
    }
}
