package se.tillit.nyckeltal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The committee's period ends (R35; seed 004: T1 to 30 April, T2 to 31 August, the year, and every month). */
class PeriodslutTest {

    @Test
    void aTertialsEndFreezesTheMonthAndTheYearToDate() {
        assertThat(Nyckeltalsrapport.perioderSomSlutar(LocalDate.of(2017, 4, 30)))
                .extracting(p -> p[0] + ".." + p[1])
                .containsExactly("2017-04-01..2017-04-30", "2017-01-01..2017-04-30");
        assertThat(Nyckeltalsrapport.perioderSomSlutar(LocalDate.of(2017, 8, 31)))
                .extracting(p -> p[0] + ".." + p[1])
                .containsExactly("2017-08-01..2017-08-31", "2017-01-01..2017-08-31");
        assertThat(Nyckeltalsrapport.perioderSomSlutar(LocalDate.of(2017, 12, 31)))
                .extracting(p -> p[0] + ".." + p[1])
                .containsExactly("2017-12-01..2017-12-31", "2017-01-01..2017-12-31");
    }

    @Test
    void anOtherMonthEndFreezesTheMonthAndAnOrdinaryDayNothing() {
        assertThat(Nyckeltalsrapport.perioderSomSlutar(LocalDate.of(2024, 2, 29)))
                .hasSize(1);
        assertThat(Nyckeltalsrapport.perioderSomSlutar(LocalDate.of(2017, 5, 30)))
                .isEmpty();
    }
}
