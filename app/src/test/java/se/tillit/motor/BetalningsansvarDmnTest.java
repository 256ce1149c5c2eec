package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tillit.bevakning.Arbetsdagskalender;
import se.tillit.bevakning.internal.KalenderForTest;
import se.tillit.utskrivning.Betalningsansvar;
import se.tillit.utskrivning.Dagtyp;
import se.tillit.utskrivning.Fristregel;

/**
 * The municipality's payment responsibility for patients ready for discharge (lag 2017:612 5 kap.; seed 002 §2.6):
 * the table row by row, and the first liable day on the Swedish calendar (ADR 9).
 */
@Deployment(resources = {"decisions/betalningsansvar.dmn", "decisions/utskrivningsfrist.dmn"})
class BetalningsansvarDmnTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PostgresProcessEngine.decisionExtension();

    static final Arbetsdagskalender KALENDER = KalenderForTest.svensk();

    @ParameterizedTest(name = "{0} {1}: {2} {3}")
    @CsvSource({
        "LAG,            SOMATISK,    3,  KALENDERDAGAR", // D5: the law without an agreement
        "LAG,            PSYKIATRISK, 3,  KALENDERDAGAR", // D5: the same for psychiatric care
        "STOCKHOLM_2018, SOMATISK,    5,  VARDAGAR", // D6
        "STOCKHOLM_2018, PSYKIATRISK, 30, VARDAGAR"
    }) // D7
    void everyRowOfTheTable(String overenskommelse, String vardform, int fristdagar, String dagtyp) {
        DmnDecisionResult resultat = engine.getDecisionService()
                .evaluateDecisionByKey("betalningsansvar")
                .variables(Map.of("overenskommelse", overenskommelse, "vardform", vardform))
                .evaluate();

        assertThat(resultat).hasSize(1);
        assertThat(resultat.getSingleResult().getEntryMap())
                .containsEntry("fristdagar", fristdagar)
                .containsEntry("dagtyp", dagtyp);
    }

    @Test
    void anUnknownAgreementOrCareTypeHasNoRow() {
        assertThat(engine.getDecisionService()
                        .evaluateDecisionByKey("betalningsansvar")
                        .variables(Map.of("overenskommelse", "SORMLAND", "vardform", "SOMATISK"))
                        .evaluate())
                .isEmpty();
        assertThat(engine.getDecisionService()
                        .evaluateDecisionByKey("betalningsansvar")
                        .variables(Map.of("overenskommelse", "LAG", "vardform", "GERIATRISK"))
                        .evaluate())
                .isEmpty();
    }

    @Test
    void theSipKallelseIsDueThreeDaysAfterTheReceipt() { // D4
        assertThat(engine.getDecisionService()
                        .evaluateDecisionByKey("utskrivningsfrist")
                        .variables(Map.of("bevakning", "SIP_KALLELSE"))
                        .evaluate()
                        .getSingleResult()
                        .getEntryMap())
                .containsEntry("frist", "P3D");
    }

    @Test
    void sentOnAFridayAfternoonAndReceivedOnMondayTheLawCountsFromTheSending() { // D5: "har skickats"
        LocalDate fredag = LocalDate.of(2026, 3, 6);

        LocalDate forsta =
                Betalningsansvar.forstaBetalningsdag(new Fristregel(3, Dagtyp.KALENDERDAGAR), fredag, KALENDER);

        assertThat(forsta)
                .as("Friday + 3 calendar days, whatever day it was received")
                .isEqualTo(LocalDate.of(2026, 3, 9));
        // discharged on Thursday: Monday, Tuesday and Wednesday are paid, not the day of discharge
        assertThat(Betalningsansvar.betalningsdagar(
                        forsta, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(3);
    }

    @Test
    void workingDaysSkipAPublicHoliday() { // D6: 5 vardagar over Easter 2026
        LocalDate skartorsdag = LocalDate.of(2026, 4, 2);

        LocalDate forsta =
                Betalningsansvar.forstaBetalningsdag(new Fristregel(5, Dagtyp.VARDAGAR), skartorsdag, KALENDER);

        // Good Friday 3 April and Easter Monday 6 April are not working days: 7, 8, 9, 10 and 13 April
        assertThat(forsta).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void psychiatricCareHasThirtyWorkingDays() { // D7: Ascension Day and midsommarafton are not working days
        LocalDate forsta = Betalningsansvar.forstaBetalningsdag(
                new Fristregel(30, Dagtyp.VARDAGAR), LocalDate.of(2026, 5, 4), KALENDER);

        assertThat(forsta).isEqualTo(LocalDate.of(2026, 6, 16));
    }

    @Test
    void theDaysOfAPeriodAreCountedWithinTheSpanAskedAbout() {
        LocalDate forsta = LocalDate.of(2026, 1, 28);
        assertThat(Betalningsansvar.betalningsdagar(forsta, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .as("still in hospital at the month's end: every day of February")
                .isEqualTo(28);
        assertThat(Betalningsansvar.betalningsdagar(
                        forsta, LocalDate.of(2026, 1, 28), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .as("discharged on the first liable day")
                .isZero();
        assertThat(Betalningsansvar.utskrivningsklaraDagar(
                        LocalDate.of(2026, 1, 25),
                        LocalDate.of(2026, 2, 3),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 31)))
                .isEqualTo(7);
    }
}
