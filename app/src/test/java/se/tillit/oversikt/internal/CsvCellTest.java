package se.tillit.oversikt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void quotesAreDoubledAndASpreadsheetFormulaIsNeutralized() {
        assertThat(RevisorController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RevisorController.cell("vanlig text; med semikolon")).isEqualTo("\"vanlig text; med semikolon\"");
        assertThat(RevisorController.cell(null)).isEqualTo("\"\"");
    }
}
