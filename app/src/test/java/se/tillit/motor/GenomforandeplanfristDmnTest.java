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
 * The genomförandeplan's local targets, row by row (R18). SOSFS 2014:5 6 kap. and the general advice as worded by
 * HSLF-FS 2016:89 say what the plan should show and give no day count, so every row is a local target, counted in
 * calendar days from the start of the insats; the reminder's lead time is the table paminnelse's (GENOMFORANDEPLAN).
 */
@Deployment(resources = {"decisions/genomforandeplanfrist.dmn", "decisions/paminnelse.dmn"})
class GenomforandeplanfristDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0}: {1} from the start")
    @CsvSource({
        "SOL_HEMTJANST,                      P3W", // hemtjänst: lokal rutin, tre veckor (HSLF-FS 2016:89)
        "SOL_BOENDESTOD,                     P3W",
        "LSS_BOSTAD_SARSKILD_SERVICE,        P6W", // LSS 9 § 9: sex veckor från inflyttningen
        "LSS_BOENDE_BARN,                    P6W", // LSS 9 § 8
        "LSS_VAKEN_NATT,                     P6W",
        "LSS_SOVANDE_JOUR,                   P6W",
        "LSS_DAGLIG_VERKSAMHET,              P6W", // LSS 9 § 10
        "LSS_DAGLIG_VERKSAMHET_I_BOENDET,    P6W",
        "SOL_BOENDE_PERMANENT,               P4W", // särskilt boende
        "SOL_BOENDE_KORTTID,                 P4W",
        "SOL_PLACERING_BARN,                 P4W", // vård- och genomförandeplan, SoL (2025:400) 9 kap.: inga dagar i
        // lagen
        "LSS_PERSONLIG_ASSISTANS,            P4W", // LSS 9 § 2
        "LSS_LEDSAGARSERVICE_AVLOSARSERVICE, P4W",
        "LSS_KONTAKTPERSON,                  P4W",
        "LSS_KORTTIDSVISTELSE,               P4W",
        "LSS_KORTTIDSTILLSYN,                P4W",
        "SOL_KONTAKTPERSON,                  P4W", // övriga insatser
        "SOL_MISSBRUKSVARD,                  P4W"
    })
    void eachInsatsHasALocalTargetFromItsStart(String insatstyp, String frist) {
        DmnDecisionResult result = evaluate(insatstyp);

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry("frist", frist)
                .containsEntry("dagberakning", "KALENDERDAGAR")
                .containsEntry("kalla", "LOKALT_MAL");
    }

    @Test
    void anInsatsTheTableDoesNotNameYetGetsTheLastRowNotAnIncidentInTheProvidersStartReport() {
        assertThat(evaluate("NY_INSATS_2027").getSingleResult().getEntryMap())
                .containsEntry("frist", "P4W")
                .containsEntry("kalla", "LOKALT_MAL");
    }

    @Test
    void theProviderIsRemindedAWeekBeforeTheTarget() {
        assertThat(engine.getDecisionService()
                        .evaluateDecisionByKey("paminnelse")
                        .variables(Map.of("bevakning", "GENOMFORANDEPLAN"))
                        .evaluate()
                        .getSingleResult()
                        .getEntryMap())
                .containsEntry("fore", "P7D");
    }

    private static DmnDecisionResult evaluate(String insatstyp) {
        return engine.getDecisionService()
                .evaluateDecisionByKey("genomforandeplanfrist")
                .variables(Map.of("insatstyp", insatstyp))
                .evaluate();
    }
}
