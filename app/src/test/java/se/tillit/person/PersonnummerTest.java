package se.tillit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** C44: personnummer or samordningsnummer, date of birth and sex (for IVO) from the number. */
class PersonnummerTest {

    @ParameterizedTest
    @CsvSource({
        "19121212-1212, 191212121212",
        "191212121212,  191212121212",
        "121212+1212,   191212121212",
        "20150312-9825, 201503129825",
        "150312-9825,   201503129825"
    })
    void readsTheFormsPeopleType(String typed, String stored) {
        assertThat(Personnummer.tolka(typed).tolvSiffror()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1213", "19121312-1212", "abc", "1912121212", "19121212-12120"})
    void refusesWhatIsNotAValidNumberWithAClearMessage(String typed) {
        Throwable fel = catchThrowable(() -> Personnummer.tolka(typed));

        assertThat(fel).isInstanceOf(OgiltigtPersonnummerException.class);
        assertThat(se.tillit.fel.Texter.text(fel.getMessage()))
                .contains("Ogiltigt personnummer")
                .doesNotContain(typed);
    }

    @Test
    void refusesAnEmptyNumber() {
        assertThat(se.tillit.fel.Texter.text(
                        catchThrowable(() -> Personnummer.tolka("  ")).getMessage()))
                .isEqualTo("Personnummer saknas");
    }

    @Test
    void aSamordningsnummerHasTheDayOfBirthPlusSixty() {
        Personnummer samordningsnummer = Personnummer.tolka("19901271-9804");

        assertThat(samordningsnummer.arSamordningsnummer()).isTrue();
        assertThat(samordningsnummer.fodelsedatum()).isEqualTo(LocalDate.of(1990, 12, 11));
    }

    @Test
    void dateOfBirthAndSexComeFromTheNumber() {
        assertThat(Personnummer.tolka("19121212-1212").fodelsedatum()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(Personnummer.tolka("19121212-1212").kon()).isEqualTo('M');
        assertThat(Personnummer.tolka("20150312-9825").kon()).isEqualTo('K');
    }

    @Test
    void neverPrintsItselfByAccident() {
        Personnummer personnummer = Personnummer.tolka("19121212-1212");

        assertThat(personnummer.toString()).doesNotContain("1212");
        assertThat(personnummer.formaterat()).isEqualTo("19121212-1212");
    }
}
