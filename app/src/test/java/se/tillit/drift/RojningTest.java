package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R61: statistical outputs show 0 as "0", 1–6 as "--", a missing count as "-"; 7 and more as they are. */
class RojningTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "null",
            value = {"0, 0, false", "1, --, false", "6, --, false", "7, 7, true", "null, -, false"})
    void theSuppressionRule(Long antal, String visas, boolean figurVisas) { // R61
        assertThat(Rojning.antal(antal)).isEqualTo(visas);
        // a figure (share, average) rests on its count: shown only where the count is shown as a number above 0
        assertThat(Rojning.visas(antal)).isEqualTo(figurVisas);
    }

    @ParameterizedTest
    @CsvSource({"-", "--"})
    void theMarksAreWrittenToCsvAsTheyAreNotAsAFormula(String markering) { // R61 beside OWASP's CSV rule
        assertThat(Csv.cell(markering)).isEqualTo("\"" + markering + "\"");
        assertThat(Csv.cell("-1+2")).isEqualTo("\"'-1+2\"");
    }
}
