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
import se.tillit.beslut.Insats;

/**
 * The mapping of Tillit's insatser to Socialstyrelsen's statistics codes (issue 19, docs/adr/0026), row by row against
 * its sources: the LSS form's columns (HSLF-FS 2016:48, the bilaga to SOSFS 2005:21) and the SoL collection's
 * categories (HSLF-FS 2016:86). Every insats Tillit knows has a row, with every lagrum it may rest on.
 */
@Deployment(resources = "decisions/statistikkod.dmn")
class StatistikkodDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource({
        "LSS_PERSONLIG_ASSISTANS,            9 § 2,  LSS,   PERSONLIG_ASSISTANS",
        "LSS_LEDSAGARSERVICE_AVLOSARSERVICE, 9 § 3,  LSS,   LEDSAGARSERVICE",
        "LSS_LEDSAGARSERVICE_AVLOSARSERVICE, 9 § 5,  LSS,   AVLOSARSERVICE",
        "LSS_KONTAKTPERSON,                  9 § 4,  LSS,   KONTAKTPERSON",
        "LSS_KORTTIDSVISTELSE,               9 § 6,  LSS,   KORTTIDSVISTELSE",
        "LSS_KORTTIDSTILLSYN,                9 § 7,  LSS,   KORTTIDSTILLSYN",
        "LSS_BOENDE_BARN,                    9 § 8,  LSS,   BOENDE_BARN",
        "LSS_BOSTAD_SARSKILD_SERVICE,        9 § 9,  LSS,   BOENDE_VUXNA",
        "LSS_DAGLIG_VERKSAMHET,              9 § 10, LSS,   DAGLIG_VERKSAMHET",
        "LSS_DAGLIG_VERKSAMHET_I_BOENDET,    9 § 10, LSS,   DAGLIG_VERKSAMHET",
        "LSS_VAKEN_NATT,                     9 § 9,  INGEN, INGAR_I_BOENDE",
        "LSS_SOVANDE_JOUR,                   9 § 9,  INGEN, INGAR_I_BOENDE",
        "SOL_HEMTJANST,                      1 §,    SOL,   HEMTJANST",
        "SOL_BOENDESTOD,                     1 §,    SOL,   BOENDESTOD",
        "SOL_PERSONLIGT_UTFORMAT_STOD,       1 §,    SOL,   OVRIG_INSATS",
        "SOL_LEDSAGNING_AVLOSNING,           1 §,    SOL,   LEDSAGNING_AVLOSNING",
        "SOL_KONTAKTPERSON,                  1 §,    SOL,   KONTAKTPERSON",
        "SOL_BOENDE_KORTTID,                 1 §,    SOL,   KORTTIDSBOENDE",
        "SOL_BOENDE_PERMANENT,               1 §,    SOL,   SARSKILT_BOENDE",
        "SOL_MISSBRUKSVARD,                  1 §,    INGEN, ANNAN_INSAMLING",
        "SOL_PLACERING_BARN,                 1 §,    INGEN, ANNAN_INSAMLING",
        "SOL_EKONOMISKT_BISTAND,             1 §,    INGEN, ANNAN_INSAMLING",
        "LVU_PLACERING_BARN,                 11 §,   INGEN, ANNAN_INSAMLING"
    })
    void eachInsatsToItsCode(String insats, String paragraf, String insamling, String kod) {
        List<Map<String, Object>> rader = evaluate(insats, paragraf);

        assertThat(rader).hasSize(1);
        assertThat(rader.get(0)).containsEntry("insamling", insamling).containsEntry("kod", kod);
    }

    @Test
    void everyInsatsTillitKnows_hasARow_forEveryLagrumItMayRestOn() {
        for (Insats insats : Insats.values()) {
            insats.lagrum()
                    .forEach(lagrum -> assertThat(evaluate(insats.name(), lagrum.paragraf()))
                            .as("%s %s", insats, lagrum.paragraf())
                            .hasSize(1));
        }
    }

    @Test
    void anInsatsWithoutARow_getsNoCode_theFileListsItAsAnError() {
        assertThat(evaluate("LSS_NY_INSATS", "9 § 11")).isEmpty();
        assertThat(evaluate("LSS_LEDSAGARSERVICE_AVLOSARSERVICE", "9 § 4")).isEmpty();
    }

    private static List<Map<String, Object>> evaluate(String insats, String paragraf) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("insats", insats);
        indata.put("paragraf", paragraf);
        return engine.getDecisionService()
                .evaluateDecisionTableByKey("statistikkod", indata)
                .getResultList();
    }
}
