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
 * The internal price list 2014, every row P01–P36 against seed 000 as printed (R25, §4.1 of the seed analysis),
 * and the daily-activity scope bands (R27).
 */
@Deployment(resources = {"decisions/internpris.dmn", "decisions/omfattning.dmn"})
class InternprisDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    @ParameterizedTest(name = "{0} {1} nivå {2} {3}: {4} kr/{5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "P01, SOL_PERSONLIGT_UTFORMAT_STOD,       -, -,       260,    TIMME,     ALLA",
                "P02, SOL_LEDSAGNING_AVLOSNING,           -, -,       260,    TIMME,     ALLA",
                "P03, SOL_BOENDESTOD,                     -, -,       336,    TIMME,     ALLA",
                "P04, SOL_BOENDE_PERMANENT,               -, -,       1462,   DYGN,      ALLA",
                "P05, SOL_BOENDE_KORTTID,                 -, -,       1961,   DYGN,      ALLA",
                "P06, LSS_PERSONLIG_ASSISTANS,            -, -,       271,    TIMME,     ALLA",
                "P07, LSS_LEDSAGARSERVICE_AVLOSARSERVICE, -, -,       271,    TIMME,     ALLA",
                "P08, LSS_KORTTIDSVISTELSE,               -, -,       3717,   DYGN,      ALLA",
                "P09, LSS_KORTTIDSTILLSYN,                -, -,       638,    DYGN,      MAN_FRE",
                "P10, LSS_BOSTAD_SARSKILD_SERVICE,        1, -,       716,    DYGN,      ALLA",
                "P11, LSS_BOSTAD_SARSKILD_SERVICE,        2, -,       965,    DYGN,      ALLA",
                "P12, LSS_BOSTAD_SARSKILD_SERVICE,        3, -,       1424,   DYGN,      ALLA",
                "P13, LSS_BOSTAD_SARSKILD_SERVICE,        4, -,       2013,   DYGN,      ALLA",
                "P14, LSS_BOSTAD_SARSKILD_SERVICE,        5, -,       2733,   DYGN,      ALLA",
                "P15, LSS_SOVANDE_JOUR,                   -, -,       73000,  AR_HUS,    ALLA",
                "P16, LSS_VAKEN_NATT,                     -, -,       500000, AR_BESLUT, ALLA",
                "P17, LSS_DAGLIG_VERKSAMHET_I_BOENDET,    1, -,       216,    DYGN,      MAN_FRE",
                "P18, LSS_DAGLIG_VERKSAMHET_I_BOENDET,    2, -,       319,    DYGN,      MAN_FRE",
                "P19, LSS_DAGLIG_VERKSAMHET_I_BOENDET,    3, -,       499,    DYGN,      MAN_FRE",
                "P20, LSS_DAGLIG_VERKSAMHET_I_BOENDET,    4, -,       730,    DYGN,      MAN_FRE",
                "P21, LSS_DAGLIG_VERKSAMHET_I_BOENDET,    5, -,       1013,   DYGN,      MAN_FRE",
                "P22, LSS_DAGLIG_VERKSAMHET,              1, HELTID,  553,    DYGN,      MAN_FRE",
                "P23, LSS_DAGLIG_VERKSAMHET,              1, HALVTID, 363,    DYGN,      MAN_FRE",
                "P24, LSS_DAGLIG_VERKSAMHET,              1, DELTID,  227,    DYGN,      MAN_FRE",
                "P25, LSS_DAGLIG_VERKSAMHET,              2, HELTID,  639,    DYGN,      MAN_FRE",
                "P26, LSS_DAGLIG_VERKSAMHET,              2, HALVTID, 419,    DYGN,      MAN_FRE",
                "P27, LSS_DAGLIG_VERKSAMHET,              2, DELTID,  262,    DYGN,      MAN_FRE",
                "P28, LSS_DAGLIG_VERKSAMHET,              3, HELTID,  896,    DYGN,      MAN_FRE",
                "P29, LSS_DAGLIG_VERKSAMHET,              3, HALVTID, 587,    DYGN,      MAN_FRE",
                "P30, LSS_DAGLIG_VERKSAMHET,              3, DELTID,  367,    DYGN,      MAN_FRE",
                "P31, LSS_DAGLIG_VERKSAMHET,              4, HELTID,  1281,   DYGN,      MAN_FRE",
                "P32, LSS_DAGLIG_VERKSAMHET,              4, HALVTID, 840,    DYGN,      MAN_FRE",
                "P33, LSS_DAGLIG_VERKSAMHET,              4, DELTID,  525,    DYGN,      MAN_FRE",
                "P34, LSS_DAGLIG_VERKSAMHET,              5, HELTID,  1593,   DYGN,      MAN_FRE",
                "P35, LSS_DAGLIG_VERKSAMHET,              5, HALVTID, 1045,   DYGN,      MAN_FRE",
                "P36, LSS_DAGLIG_VERKSAMHET,              5, DELTID,  653,    DYGN,      MAN_FRE"
            })
    void everyRowOfThe2014PriceList(
            String rad,
            String insats,
            Integer niva,
            String omfattning,
            double belopp,
            String enhet,
            String debiteringsdagar) {
        for (String datum : new String[] {"2014-01-01", "2014-06-15", "2014-12-31"}) {
            DmnDecisionResult resultat = pris(insats, niva, omfattning, datum);

            assertThat(resultat).as(rad + " on " + datum).hasSize(1);
            assertThat(resultat.getSingleResult().getEntryMap())
                    .containsEntry("belopp", belopp)
                    .containsEntry("enhet", enhet)
                    .containsEntry("debiteringsdagar", debiteringsdagar);
        }
    }

    @ParameterizedTest(name = "no price: {0} nivå {1} {2} on {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "LSS_BOSTAD_SARSKILD_SERVICE,  -, -,       2014-05-01", // a level is required
                "LSS_BOSTAD_SARSKILD_SERVICE,  6, -,       2014-05-01", // there is no level 6
                "LSS_DAGLIG_VERKSAMHET,        3, -,       2014-05-01", // a scope is required
                "SOL_BOENDESTOD,               2, -,       2014-05-01", // a level where the row has none
                "LSS_PERSONLIG_ASSISTANS,      -, -,       2013-12-31", // before the list's validity
                "LSS_PERSONLIG_ASSISTANS,      -, -,       2015-01-01", // after it: a new list must be deployed
                "OKAND_INSATS,                 -, -,       2014-05-01",
                "LSS_PERSONLIG_ASSISTANS,      -, -,       2014-13-01"
            }) // not a date
    void aCombinationOrADayWithoutARowHasNoPriceNotAPriceOfZero(
            String insats, Integer niva, String omfattning, String datum) {
        assertThat(pris(insats, niva, omfattning, datum)).isEmpty();
    }

    @ParameterizedTest(name = "{0} h/vecka: {1}")
    @CsvSource({"1, DELTID", "15, DELTID", "16, HALVTID", "25, HALVTID", "26, HELTID", "35, HELTID"})
    void hoursPerWeekToScope(double timmar, String omfattning) { // R27
        DmnDecisionResult resultat = omfattning(timmar);

        assertThat(resultat).hasSize(1);
        assertThat(resultat.getSingleResult().getEntryMap()).containsEntry("omfattning", omfattning);
    }

    @ParameterizedTest(name = "{0} h/vecka: rejected")
    @CsvSource({"0", "-2", "15.5", "25.5", "35.5", "40"})
    void hoursOutsideOrBetweenTheBandsHaveNoScope(double timmar) { // R27: rejected, not guessed
        assertThat(omfattning(timmar)).isEmpty();
    }

    @Test
    void theTablesKeepTheirHistoryForTenYears() {
        assertThat(engine.getRepositoryService()
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("internpris")
                        .singleResult()
                        .getHistoryTimeToLive())
                .isEqualTo(3650);
    }

    private DmnDecisionResult pris(String insats, Integer niva, String omfattning, String datum) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("insats", insats);
        indata.put("niva", niva);
        indata.put("omfattning", omfattning);
        indata.put("datum", datum);
        return engine.getDecisionService()
                .evaluateDecisionByKey("internpris")
                .variables(indata)
                .evaluate();
    }

    private DmnDecisionResult omfattning(double timmar) {
        return engine.getDecisionService()
                .evaluateDecisionByKey("omfattning")
                .variables(Map.of("timmarPerVecka", timmar))
                .evaluate();
    }
}
