package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import se.tillit.TillitSpringTest;

/**
 * "Today" is the Swedish day for Bean Validation too: between midnight and 01:00 (02:00 in summer) Swedish time the
 * UTC day is still yesterday, and a decision dated today was refused as "in the future" (NyttBeslut's beslutsdatum).
 */
@TillitSpringTest
class ValideringsklockaTest {

    record Beslut(@PastOrPresent LocalDate beslutsdatum) {}

    @Autowired
    LocalValidatorFactoryBean validator;

    @Test
    void theValidatorsClockIsTheApplicationsSwedishClock() {
        Clock klocka = validator.getClockProvider().getClock();

        assertThat(klocka.getZone()).isEqualTo(Svensktid.ZON);
    }

    @Test
    void theSwedishTodayIsNotInTheFutureAndTomorrowIs() {
        LocalDate idag = LocalDate.now(Svensktid.ZON);

        assertThat(validator.validate(new Beslut(idag))).isEmpty();
        assertThat(validator.validate(new Beslut(idag.plusDays(1)))).hasSize(1);
    }
}
