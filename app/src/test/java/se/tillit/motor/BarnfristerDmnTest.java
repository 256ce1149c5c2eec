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

/**
 * A child's clocks after the decision (issue 17), row by row with the source behind each (law-and-peers.md C1 items 3,
 * 11, 12; R10). The law's own periods are kalla LAG, the seed's week for the offer of parental support a local target
 * (LOKALT_MAL, R10); all counted in calendar days, never extended; and each has a reminder row in the table
 * paminnelse, since the processes' reminder timers need one.
 */
@Deployment(resources = {"decisions/barnfrister.dmn", "decisions/paminnelse.dmn"})
class BarnfristerDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0}: {1} ({2}), reminder {3} before")
    @CsvSource({
        // Rule_Anmalarinformation: SoL 2025:400 19 kap. 6 § (from 2026-01-15): within a week of the decision, counted
        // from the decision also for a request before it (barn.internal.InformationsfristTest); C1 item 3
        "ANMALARINFORMATION,             P7D, LAG,        P2D",
        // Rule_AnmalarinformationSenBegaran: 19 kap. 6 §: a request after that week, or while an investigation is
        // running, is answered at once; C1 item 3
        "ANMALARINFORMATION_SEN_BEGARAN, P0D, LAG,        P0D",
        // Rule_Placeringsovervagande: 22 kap. 13 §: the placement reviewed at least every six months; C1 item 11
        "PLACERINGSOVERVAGANDE,          P6M, LAG,        P1M",
        // Rule_Foraldrastod: R10, seed 001@c20445 (T09): the parents of a child placed outside the home offered a
        // support contact at the latest a week after the placement, target 100 %; the week is the local target, the
        // duty to give the parents support is SoL 2025:400 22 kap. 10 §
        "FORALDRASTOD,                   P7D, LOKALT_MAL, P2D",
        // Rule_UppfoljningEfterUtredning: 23 kap. 1–5 §§: ended within six months of the investigation; C1 item 12
        "UPPFOLJNING_EFTER_UTREDNING,    P6M, LAG,        P1M",
        // Rule_UppfoljningEfterPlacering: 23 kap. 1–5 §§: ended within six months of the placement; C1 item 12
        "UPPFOLJNING_EFTER_PLACERING,    P6M, LAG,        P1M"
    })
    void eachClockHasItsPeriodItsSourceAndAReminder(String bevakning, String frist, String kalla, String fore) {
        DmnDecisionResult rad = evaluate("barnfrister", bevakning);

        assertThat(rad).hasSize(1);
        assertThat(rad.getSingleResult().getEntryMap())
                .containsEntry("frist", frist)
                .containsEntry("dagberakning", "KALENDERDAGAR")
                .containsEntry("kalla", kalla)
                .containsEntry("forlangningMojlig", false);
        assertThat(evaluate("paminnelse", bevakning).getSingleResult().getEntryMap())
                .containsEntry("fore", fore);
    }

    /** A row added to the table without a row above fails here (R10 added the sixth). */
    @Test
    void everyRowOfTheTableHasATestRowAbove() {
        String definition = engine.getRepositoryService()
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("barnfrister")
                .singleResult()
                .getId();
        assertThat(engine.getRepositoryService()
                        .getDmnModelInstance(definition)
                        .getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class))
                .hasSize(6);
    }

    @Test
    void anUnknownWatchHasNoRowSoNoDeadlineIsGuessed() {
        assertThat(evaluate("barnfrister", "UPPFOLJNING")).isEmpty();
        assertThat(evaluate("barnfrister", null)).isEmpty();
    }

    private static DmnDecisionResult evaluate(String tabell, String bevakning) {
        Map<String, Object> indata = new java.util.HashMap<>();
        indata.put("bevakning", bevakning);
        return engine.getDecisionService()
                .evaluateDecisionByKey(tabell)
                .variables(indata)
                .evaluate();
    }
}
