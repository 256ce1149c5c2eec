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
    @CsvSource(
            delimiter = '|',
            value = {
                "heltid | HELTID",
                "Halvtid | HALVTID",
                " DELTID  | DELTID",
                "20 tim/vecka | HALVTID",
                "35 timmar per vecka | HELTID",
                "12,5 h/v | DELTID",
                "15 tim i veckan | DELTID"
            })
    void aScopeOrHoursPerWeek(String text, String omfattning) {
        assertThat(Omfattningstext.tolka(text, BAND)).isEqualTo(omfattning);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"ungefär halva dagar", "20", "20 tim/månad", "heltid och lite till"})
    void textThatIsNotAScopeIsRefusedWithTheTextQuoted(String text) {
        assertThatThrownBy(() -> Omfattningstext.tolka(text, BAND))
                .isInstanceOf(Valideringsfel.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest(name = "{0} is outside the bands")
    @ValueSource(strings = {"40 tim/vecka", "15,5 tim/vecka"})
    void hoursOutsideOrBetweenTheBandsAreRefused(String text) {
        assertThatThrownBy(() -> Omfattningstext.tolka(text, BAND))
                .isInstanceOf(Valideringsfel.class)
                .hasMessageContaining("utanför");
    }

    @ParameterizedTest(name = "no omfattning: \"{0}\"")
    @ValueSource(strings = {"", "  "})
    void noOmfattningIsNull(String text) {
        assertThat(Omfattningstext.tolka(text, BAND)).isNull();
        assertThat(Omfattningstext.tolka(null, BAND)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1} per {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "20 tim/vecka | 20 | VECKA",
                "12,5 h/v | 12.5 | VECKA",
                "87 timmar per månad | 87 | MANAD",
                "40 tim/mån | 40 | MANAD"
            })
    void grantedHoursOfAnHourlyInsats(String text, String timmar, Timomfattning.Per per) { // R28
        assertThat(Omfattningstext.timmar(text)).hasValue(new Timomfattning(new java.math.BigDecimal(timmar), per));
    }

    @ParameterizedTest(name = "\"{0}\" names no hours")
    @ValueSource(strings = {"heltid", "mycket", "20"})
    void textWithoutHoursIsRefusedForAnHourlyInsats(String text) {
        assertThatThrownBy(() -> Omfattningstext.timmar(text))
                .isInstanceOf(Valideringsfel.class)
                .hasMessageContaining(text);
    }

    @org.junit.jupiter.api.Test
    void aDecisionIsCheckedForWhatItsPriceNeeds() { // R27
        assertThat(Prisregler.kontrollera("LSS_DAGLIG_VERKSAMHET", 2, "20 tim/vecka", BAND))
                .isEmpty();
        assertThat(Prisregler.kontrollera("LSS_DAGLIG_VERKSAMHET", null, null, BAND))
                .extracting(Valideringsfel.Faltfel::falt)
                .containsExactly("niva", "omfattning");
        assertThat(Prisregler.kontrollera("LSS_DAGLIG_VERKSAMHET", 2, "15,5 tim/vecka", BAND))
                .extracting(Valideringsfel.Faltfel::orsak)
                .singleElement()
                .asString()
                .contains("utanför");
        assertThat(Prisregler.kontrollera("LSS_PERSONLIG_ASSISTANS", null, "ungefär en dag", BAND))
                .hasSize(1);
        assertThat(Prisregler.kontrollera("HEMTJANST", null, "vad som helst", BAND))
                .as("not in the price list")
                .isEmpty();
        assertThat(Prisregler.fraga("SOL_BOENDESTOD", 3, "12 tim/vecka", BAND))
                .as("a level on an insats without levels is not asked about")
                .isEqualTo(new Prisfraga("SOL_BOENDESTOD", null, null, null));
    }
}
