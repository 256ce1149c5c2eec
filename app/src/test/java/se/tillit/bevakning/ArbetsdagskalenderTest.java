package se.tillit.bevakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tillit.bevakning.internal.KalenderForTest;

/** The working-day calendar: Swedish holidays and the eves of lag (1930:173); C6 (appeal window). */
class ArbetsdagskalenderTest {

    final Arbetsdagskalender kalender = KalenderForTest.svensk();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2026-06-19, midsommarafton",
        "2026-06-20, midsommardagen",
        "2026-12-24, julafton",
        "2026-12-25, juldagen",
        "2026-12-26, annandag jul",
        "2026-12-31, nyårsafton",
        "2027-01-01, nyårsdagen",
        "2026-01-06, trettondedag jul",
        "2026-04-03, långfredagen",
        "2026-04-06, annandag påsk",
        "2026-05-01, första maj",
        "2026-05-14, Kristi himmelsfärds dag",
        "2026-06-06, nationaldagen",
        "2026-11-28, lördag",
        "2026-11-29, söndag"
    })
    void notAWorkingDay(LocalDate dag, String vad) {
        assertThat(kalender.arArbetsdag(dag)).as(vad).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2026-06-18, torsdagen före midsommar",
        "2026-06-22, måndagen efter midsommar",
        "2026-11-25, en onsdag",
        "2026-12-23, dagen före julafton"
    })
    void aWorkingDay(LocalDate dag, String vad) {
        assertThat(kalender.arArbetsdag(dag)).as(vad).isTrue();
    }

    /** C6: a deadline on a weekend, holiday or eve moves to the next working day. */
    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "2026-11-27, 2026-11-27, a Friday stays",
        "2026-11-28, 2026-11-30, Saturday to Monday",
        "2026-11-29, 2026-11-30, Sunday to Monday",
        "2026-06-19, 2026-06-22, midsommarafton to the Monday after",
        "2026-12-24, 2026-12-28, julafton over the Christmas weekend",
        "2026-12-31, 2027-01-04, nyårsafton over nyårsdagen and the weekend",
        "2026-04-03, 2026-04-07, långfredagen over Easter"
    })
    void aDeadlineOnADayOffMovesToTheNextWorkingDay(LocalDate sistaDag, LocalDate flyttad, String vad) {
        assertThat(kalender.flyttaTillVardag(sistaDag)).as(vad).isEqualTo(flyttad);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-25, 0, 2026-11-25",
        "2026-11-25, 1, 2026-11-26",
        "2026-11-27, 1, 2026-11-30",
        "2026-06-17, 2, 2026-06-22",
        "2026-12-22, 5, 2027-01-04"
    })
    void addsWorkingDays(LocalDate dag, int antal, LocalDate resultat) {
        assertThat(kalender.laggTillArbetsdagar(dag, antal)).isEqualTo(resultat);
        assertThat(kalender.arbetsdagarMellan(dag, resultat)).isEqualTo(antal);
    }
}
