package se.tillit.person;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import se.tillit.fel.Valideringsfel;

/**
 * A person's postal address, as the decision letter is addressed: an optional c/o, street address, postnummer (five
 * digits, stored without the space, shown "123 45") and postort.
 */
public record Postadress(String co, String gatuadress, String postnummer, String postort) {

    /** Letters first, then letters, spaces, dots, apostrophes and hyphens: "Upplands Väsby", "Sankt Anna". */
    private static final Pattern POSTORT = Pattern.compile("\\p{L}[\\p{L} .'-]*");
    /** Swedish postnummer: five digits, the first not 0. */
    private static final Pattern POSTNUMMER = Pattern.compile("[1-9][0-9]{4}");
    /** Control, format (e.g. a right-to-left override) and unassigned characters: never part of an address. */
    private static final Pattern OSYNLIGA = Pattern.compile("\\p{C}");

    public Postadress {
        Map<String, String> fel = fel(co, gatuadress, postnummer, postort);
        if (!fel.isEmpty()) {
            throw new IllegalArgumentException("Ogiltig postadress: " + fel.keySet());
        }
    }

    /**
     * Reads an address as a person types it: spaces trimmed, an empty c/o left out, the postnummer with or without its
     * space.
     *
     * @throws Valideringsfel naming each field that is wrong; each reason is a message key ({@code person.fel.*})
     */
    public static Postadress tolka(String co, String gatuadress, String postnummer, String postort) {
        String c = tom(co);
        String gata = tom(gatuadress);
        String nummer = postnummer == null ? null : postnummer.replace(" ", "").strip();
        String ort = tom(postort);
        Map<String, String> fel = fel(c, gata, nummer, ort);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel.entrySet().stream()
                    .map(e -> new Valideringsfel.Faltfel(e.getKey(), e.getValue()))
                    .toList());
        }
        return new Postadress(c, gata, nummer, ort);
    }

    /** The postnummer as Swedish post writes it: "123 45". */
    public String postnummerVisat() {
        return postnummer.substring(0, 3) + " " + postnummer.substring(3);
    }

    /** The address on one line, for a history row. */
    @Override
    public String toString() {
        return (co == null ? "" : "c/o " + co + ", ") + gatuadress + ", " + postnummerVisat() + " " + postort;
    }

    private static Map<String, String> fel(String co, String gatuadress, String postnummer, String postort) {
        Map<String, String> fel = new LinkedHashMap<>();
        if (co != null
                && (co.isBlank() || co.length() > 100 || OSYNLIGA.matcher(co).find())) {
            fel.put("co", "person.fel.co");
        }
        if (gatuadress == null
                || gatuadress.isBlank()
                || gatuadress.length() > 100
                || OSYNLIGA.matcher(gatuadress).find()) {
            fel.put("gatuadress", "person.fel.gatuadress");
        }
        if (postnummer == null || !POSTNUMMER.matcher(postnummer).matches()) {
            fel.put("postnummer", "person.fel.postnummer");
        }
        if (postort == null
                || postort.length() > 60
                || !POSTORT.matcher(postort).matches()) {
            fel.put("postort", "person.fel.postort");
        }
        return fel;
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
