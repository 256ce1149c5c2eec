package se.tillit.drift;

/** CSV for spreadsheets, safe to open: every export of the application writes its cells through here. */
public final class Csv {

    private Csv() {
    }

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
}
