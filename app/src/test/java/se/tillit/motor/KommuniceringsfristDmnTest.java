package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time a person has to reply to a kommunicering, row by row. Förvaltningslagen (2017:900) 25 § says the party gets
 * the opportunity to reply "inom en bestämd tid" and leaves the number of days to the authority (SoL 2025:400 14 kap.
 * 10 § makes 25 § apply to every individual case): every row is the municipality's local rule, and a last day on a
 * weekend or holiday moves to the next working day.
 */
@Deployment(resources = "decisions/kommuniceringsfrist.dmn")
class KommuniceringsfristDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource({
        "POST,        LSS,                      P14D", // Rule_PostAnnat: the days in the post count (FL 25 §)
        "POST,        BARN_OCH_UNGA,            P14D",
        "POST,        VUXEN,                    P14D",
        "POST,        SOL_FUNKTIONSNEDSATTNING, P14D",
        "POST,        SOL_ALDRE,                P14D",
        "DIGITAL,     LSS,                      P10D", // Rule_DigitalAnnat
        "PERSONLIGEN, BARN_OCH_UNGA,            P10D", // Rule_PersonligenAnnat: handed over in person
        "POST,        EKONOMISKT_BISTAND,       P7D", // Rule_PostEkonomisktBistand: a three-week investigation (T06)
        "DIGITAL,     EKONOMISKT_BISTAND,       P5D", // Rule_DigitalEkonomisktBistand
        "PERSONLIGEN, EKONOMISKT_BISTAND,       P5D"
    }) // Rule_PersonligenEkonomisktBistand
    void eachWayAndCaseTypeHasALocalReplyTimeMovedToAWorkingDay(String satt, String arendetyp, String frist) {
        DmnDecisionResult result = evaluate(satt, arendetyp);

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry("frist", frist)
                .containsEntry("dagberakning", "FLYTTAS_TILL_VARDAG")
                .containsEntry("kalla", "LOKALT_MAL");
    }

    @Test
    void aPostedBasisGetsMoreTimeThanOneHandedOver() { // the letter's days in the post are not the person's days
        assertThat(frist("POST", "LSS")).isEqualTo("P14D");
        assertThat(frist("PERSONLIGEN", "LSS")).isEqualTo("P10D");
    }

    @Test
    void anUnknownWayOrCaseTypeHasNoRowSoNoDeadlineIsGuessed() {
        assertThat(evaluate("DUVA", "LSS")).isEmpty();
        assertThat(evaluate("POST", "OKAND")).isEmpty();
        assertThat(evaluate("POST", null)).isEmpty();
    }

    private static String frist(String satt, String arendetyp) {
        return (String) evaluate(satt, arendetyp).getSingleResult().getEntry("frist");
    }

    private static DmnDecisionResult evaluate(String satt, String arendetyp) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("satt", satt);
        indata.put("arendetyp", arendetyp);
        return engine.getDecisionService()
                .evaluateDecisionByKey("kommuniceringsfrist")
                .variables(indata)
                .evaluate();
    }
}
