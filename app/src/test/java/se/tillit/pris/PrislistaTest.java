package se.tillit.pris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.TillitSpringTest;
import se.tillit.fel.Valideringsfel;

/** The price list as deployed with the application: the 2014 rows through the motor module (R25, R27). */
@TillitSpringTest
class PrislistaTest {

    @Autowired
    Prislista prislista;

    @Test
    void aDeployedRowIsFoundForItsDay() {
        assertThat(prislista.pris(new Prisfraga("LSS_BOSTAD_SARSKILD_SERVICE", 3, null, LocalDate.of(2014, 6, 1))))
                .isEqualTo(new Pris(new BigDecimal("1424.00"), "DYGN", "ALLA")); // P12
        assertThat(prislista.pris(new Prisfraga("LSS_VAKEN_NATT", null, null, LocalDate.of(2014, 2, 1))))
                .isEqualTo(new Pris(new BigDecimal("500000.00"), "AR_BESLUT", "ALLA")); // P16
    }

    @Test
    void withoutARowTheErrorNamesWhatIsMissing() {
        assertThatThrownBy(() -> prislista.pris(
                        new Prisfraga("LSS_BOSTAD_SARSKILD_SERVICE", null, null, LocalDate.of(2014, 6, 1))))
                .isInstanceOf(PrisSaknas.class)
                .hasMessageContaining("LSS_BOSTAD_SARSKILD_SERVICE 2014-06-01");
        assertThatThrownBy(() -> prislista.pris(
                        new Prisfraga("LSS_PERSONLIG_ASSISTANS", null, null, LocalDate.of(2026, 11, 25))))
                .as("no price list is valid today: an error, not zero")
                .isInstanceOf(PrisSaknas.class);
    }

    @Test
    void hoursPerWeekGiveTheScopeOrAClearRefusal() { // R27
        assertThat(prislista.omfattning(20)).isEqualTo("HALVTID");
        assertThatThrownBy(() -> prislista.omfattning(15.5))
                .isInstanceOf(Valideringsfel.class)
                .hasMessageContaining("15.5 timmar per vecka ligger utanför");
    }

    @Test
    void aMonthOfDailyActivityAtLevelTwoHalfTime() { // P26: 419 kr, Monday–Friday (R26)
        var resultat = Manadskostnad.berakna(
                prislista,
                new Prisfraga("LSS_DAGLIG_VERKSAMHET", 2, prislista.omfattning(20), null),
                LocalDate.of(2014, 1, 15),
                null,
                YearMonth.of(2014, 6));

        assertThat(resultat.dagar()).isEqualTo(21);
        assertThat(resultat.summa()).isEqualByComparingTo("8799"); // 21 × 419
    }
}
