package se.tillit.pris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Counting a month's days and their prices (R25, R26), on a price list given here so the rules stand alone. */
class ManadskostnadTest {

    static final YearMonth JUNI_2014 = YearMonth.of(2014, 6); // 1 June 2014 is a Sunday; 21 weekdays

    /** Bostad nivå 1 at 716 kr, raised to 800 kr from 16 June; daily activity 553 kr Monday–Friday; 2014 only. */
    static final Prislista PRISLISTA = new Prislista() {
        @Override
        public Pris pris(Prisfraga fraga) {
            if (fraga.dag().getYear() != 2014) {
                throw new PrisSaknas(fraga);
            }
            return switch (fraga.insats()) {
                case "LSS_BOSTAD_SARSKILD_SERVICE" -> new Pris(new BigDecimal(fraga.dag().isBefore(LocalDate.of(2014, 6, 16))
                        ? "716.00" : "800.00"), "DYGN", "ALLA");
                case "LSS_DAGLIG_VERKSAMHET" -> new Pris(new BigDecimal("553.00"), "DYGN", "MAN_FRE");
                case "LSS_PERSONLIG_ASSISTANS" -> new Pris(new BigDecimal("271.00"), "TIMME", "ALLA");
                default -> throw new PrisSaknas(fraga);
            };
        }

        @Override
        public String omfattning(double timmarPerVecka) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aPriceChangeAppliesFromItsDayAndTheDaysBeforeKeepTheOldPrice() { // R25
        var resultat = Manadskostnad.berakna(PRISLISTA, fraga("LSS_BOSTAD_SARSKILD_SERVICE", 1), LocalDate.of(2014, 1, 1),
                null, JUNI_2014);

        assertThat(resultat.delperioder()).containsExactly(
                new Manadskostnad.Delperiod(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 15), 15,
                        new BigDecimal("716.00"), new BigDecimal("10740.00")),
                new Manadskostnad.Delperiod(LocalDate.of(2014, 6, 16), LocalDate.of(2014, 6, 30), 15,
                        new BigDecimal("800.00"), new BigDecimal("12000.00")));
        assertThat(resultat.dagar()).isEqualTo(30);
        assertThat(resultat.summa()).isEqualByComparingTo("22740");
    }

    @Test
    void dailyActivityIsPaidMondayToFridayOnly() { // R26
        var resultat = Manadskostnad.berakna(PRISLISTA, fraga("LSS_DAGLIG_VERKSAMHET", 1), LocalDate.of(2014, 3, 1),
                null, JUNI_2014);

        assertThat(resultat.dagar()).isEqualTo(21);
        assertThat(resultat.summa()).isEqualByComparingTo("11613"); // 21 × 553
        assertThat(resultat.delperioder().get(0).fran()).isEqualTo(LocalDate.of(2014, 6, 2));
    }

    @Test
    void onlyTheDaysWithinTheMonthAndThePeriodCount() {
        var resultat = Manadskostnad.berakna(PRISLISTA, fraga("LSS_BOSTAD_SARSKILD_SERVICE", 1), LocalDate.of(2014, 6, 10),
                LocalDate.of(2014, 6, 12), JUNI_2014);
        assertThat(resultat.dagar()).isEqualTo(3);
        assertThat(resultat.summa()).isEqualByComparingTo("2148"); // 3 × 716

        assertThat(Manadskostnad.berakna(PRISLISTA, fraga("LSS_BOSTAD_SARSKILD_SERVICE", 1), LocalDate.of(2014, 7, 1),
                null, JUNI_2014).delperioder()).as("not started yet").isEmpty();
    }

    @Test
    void aDayWithoutAPriceIsAnErrorThatNamesItNotAZero() {
        assertThatThrownBy(() -> Manadskostnad.berakna(PRISLISTA, fraga("LSS_BOSTAD_SARSKILD_SERVICE", 1),
                LocalDate.of(2014, 12, 1), null, YearMonth.of(2015, 1)))
                .isInstanceOf(PrisSaknas.class).hasMessageContaining("LSS_BOSTAD_SARSKILD_SERVICE nivå 1 2015-01-01");
    }

    @Test
    void anHourlyInsatsIsNotCountedInDays() {
        assertThatThrownBy(() -> Manadskostnad.berakna(PRISLISTA, fraga("LSS_PERSONLIG_ASSISTANS", null),
                LocalDate.of(2014, 6, 1), null, JUNI_2014)).hasMessageContaining("per TIMME");
    }

    private static Prisfraga fraga(String insats, Integer niva) {
        return new Prisfraga(insats, niva, "LSS_DAGLIG_VERKSAMHET".equals(insats) ? "HELTID" : null, null);
    }
}
