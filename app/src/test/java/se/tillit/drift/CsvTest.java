package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesAreDoubledAndASpreadsheetFormulaIsNeutralized() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("vanlig text; med semikolon")).isEqualTo("\"vanlig text; med semikolon\"");
        assertThat(Csv.cell(null)).isEqualTo("\"\"");
    }
}
