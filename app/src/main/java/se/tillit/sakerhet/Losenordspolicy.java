package se.tillit.sakerhet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.tillit.fel.Texter;

/**
 * The rules for a new or changed local password (issue 16), in one place for every caller: the account
 * administration, the first administrator, the demo. A password has at least {@value #MINSTA_LANGD} characters, at
 * most {@value #STORSTA_BYTE} bytes in UTF-8 (what bcrypt reads; the rest would be ignored without a word) and does
 * not contain the user name (case ignored). Each broken rule is a message key; an empty list is a good password.
 */
public final class Losenordspolicy {

    public static final int MINSTA_LANGD = 12;
    public static final int STORSTA_BYTE = 72;

    private Losenordspolicy() {}

    /** The message keys of the rules the password breaks, in a fixed order; empty when it is acceptable. */
    public static List<String> brister(String anvandarnamn, String losenord) {
        List<String> brister = new ArrayList<>();
        if (losenord == null || losenord.codePointCount(0, losenord.length()) < MINSTA_LANGD) {
            brister.add("losenord.fel.kort");
        }
        if (losenord != null && losenord.getBytes(StandardCharsets.UTF_8).length > STORSTA_BYTE) {
            brister.add("losenord.fel.langt");
        }
        if (losenord != null
                && anvandarnamn != null
                && !anvandarnamn.isBlank()
                && losenord.toLowerCase(Locale.ROOT)
                        .contains(anvandarnamn.strip().toLowerCase(Locale.ROOT))) {
            brister.add("losenord.fel.anvandarnamn");
        }
        return brister;
    }

    /** @throws OgiltigtLosenord naming the broken rules, if any */
    public static void kontrollera(String anvandarnamn, String losenord) {
        List<String> brister = brister(anvandarnamn, losenord);
        if (!brister.isEmpty()) {
            throw new OgiltigtLosenord(brister);
        }
    }

    /** A password that breaks the policy; {@link #brister()} are message keys ({@code losenord.fel.*}). */
    public static final class OgiltigtLosenord extends IllegalArgumentException {

        private final List<String> brister;

        OgiltigtLosenord(List<String> brister) {
            super(Texter.text("sakerhet.fel.losenordetFoljerInteLosenordsreglerna", brister));
            this.brister = List.copyOf(brister);
        }

        public List<String> brister() {
            return brister;
        }
    }
}
