package se.tillit.drift;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV for spreadsheets, safe to open: every export of the application writes its cells and its file through here.
 * Made for a Swedish Excel, which is what the municipalities' staff open them in: UTF-8 with a byte order mark (without
 * it Excel reads å, ä and ö as Windows-1252), semicolons between cells (Excel's list separator in a Swedish locale),
 * decimal comma, and CRLF line ends.
 */
public final class Csv {

    /** The byte order mark that tells Excel the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    public static final String SKILJETECKEN = ";";

    public static final String RADSLUT = "\r\n";

    private Csv() {}

    /**
     * A CSV cell: quoted, inner quotes doubled; a leading = + - @, tab or carriage return neutralized (OWASP's list) so a
     * spreadsheet runs no formula.
     */
    public static String cell(String text) {
        String varde = text == null ? "" : text;
        // the suppression marks "-" and "--" (R61, Rojning) are no formula and stay as they are
        boolean bindestreck = !varde.isEmpty() && varde.chars().allMatch(c -> c == '-');
        if (!varde.isEmpty() && !bindestreck && "=+-@\t\r".indexOf(varde.charAt(0)) >= 0) {
            varde = "'" + varde;
        }
        return "\"" + varde.replace("\"", "\"\"") + "\"";
    }

    /**
     * A decimal number as a Swedish Excel reads it: decimal comma, no thousands separator, no exponent (112,50). A
     * negative amount keeps its minus sign: it is a number, so the formula guard of {@link #cell} does not apply.
     */
    public static String tal(BigDecimal tal) {
        return "\"" + (tal == null ? "" : tal.toPlainString().replace('.', ',')) + "\"";
    }

    /** The response for a CSV download: the byte order mark first, UTF-8, and a file name to save it under. */
    public static ResponseEntity<String> fil(String filnamn, CharSequence innehall) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filnamn + "\"")
                .body(BOM + innehall);
    }
}
