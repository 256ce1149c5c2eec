package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class CsvTest {

    @Test
    void quotesAreDoubledAndASpreadsheetFormulaIsNeutralized() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("vanlig text; med semikolon")).isEqualTo("\"vanlig text; med semikolon\"");
        assertThat(Csv.cell(null)).isEqualTo("\"\"");
    }

    /** A Swedish Excel reads 112,50 as a number and 112.50 as text (issue 20). */
    @Test
    void decimalsHaveADecimalCommaAndNoExponent() {
        assertThat(Csv.tal(new BigDecimal("112.50"))).isEqualTo("\"112,50\"");
        assertThat(Csv.tal(new BigDecimal("1E+3"))).isEqualTo("\"1000\"");
        assertThat(Csv.tal(new BigDecimal("-2.5"))).isEqualTo("\"-2,5\"");
        assertThat(Csv.tal(null)).isEqualTo("\"\"");
    }

    /** Without the byte order mark, Excel opens UTF-8 as Windows-1252 and "Växjö" becomes "VÃ¤xjÃ¶". */
    @Test
    void aDownloadStartsWithTheByteOrderMarkAndNamesItsFile() {
        ResponseEntity<String> fil = Csv.fil("rapport-2026-11.csv", "kommun;belopp\r\n\"Växjö\";\"1,5\"\r\n");

        assertThat(fil.getBody()).startsWith("\uFEFFkommun;belopp\r\n");
        assertThat(fil.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(fil.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"rapport-2026-11.csv\"");
    }
}
