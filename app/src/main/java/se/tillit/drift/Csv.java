package se.tillit.drift;

/** CSV for spreadsheets, safe to open: every export of the application writes its cells through here. */
public final class Csv {

    private Csv() {
    }

    /** A CSV cell: quoted, inner quotes doubled; a leading = + - @ neutralized so a spreadsheet runs no formula. */
    public static String cell(String text) {
        String varde = text == null ? "" : text;
        if (!varde.isEmpty() && "=+-@".indexOf(varde.charAt(0)) >= 0) {
            varde = "'" + varde;
        }
        return "\"" + varde.replace("\"", "\"\"") + "\"";
    }
}
