package se.tillit.pris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.tillit.fel.Valideringsfel;

/** A decision's omfattning text to the price list's scope (R27); the bands come from the table, here as printed. */
class OmfattningstextTest {

    /** The bands of seed 000@c33675, standing in for the DMN table (tested itself in InternprisDmnTest). */
    static final Prislista BAND = new Prislista() {
        @Override
        public Pris pris(Prisfraga fraga) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String omfattning(double timmar) {
            if (timmar > 0 && timmar <= 15) {
                return "DELTID";
            } else if (timmar >= 16 && timmar <= 25) {
                return "HALVTID";
            } else if (timmar >= 26 && timmar <= 35) {
                return "HELTID";
            }
            throw new Valideringsfel("timmarPerVecka", timmar + " timmar per vecka ligger utanför omfattningarna");
        }
    };

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "heltid | HELTID", "Halvtid | HALVTID", " DELTID  | DELTID",
            "20 tim/vecka | HALVTID", "35 timmar per vecka | HELTID", "12,5 h/v | DELTID", "15 tim i veckan | DELTID"})
    void aScopeOrHoursPerWeek(String text, String omfattning) {
        assertThat(Omfattningstext.tolka(text, BAND)).isEqualTo(omfattning);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"ungefär halva dagar", "20", "20 tim/månad", "heltid och lite till"})
    void textThatIsNotAScopeIsRefusedWithTheTextQuoted(String text) {
        assertThatThrownBy(() -> Omfattningstext.tolka(text, BAND)).isInstanceOf(Valideringsfel.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest(name = "{0} is outside the bands")
    @ValueSource(strings = {"40 tim/vecka", "15,5 tim/vecka"})
    void hoursOutsideOrBetweenTheBandsAreRefused(String text) {
        assertThatThrownBy(() -> Omfattningstext.tolka(text, BAND)).isInstanceOf(Valideringsfel.class)
                .hasMessageContaining("utanför");
    }

    @ParameterizedTest(name = "no omfattning: \"{0}\"")
    @ValueSource(strings = {"", "  "})
    void noOmfattningIsNull(String text) {
        assertThat(Omfattningstext.tolka(text, BAND)).isNull();
        assertThat(Omfattningstext.tolka(null, BAND)).isNull();
    }
}
