package se.tillit.oversikt.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import se.tillit.fel.Valideringsfel;

/**
 * A submitted form of the case's pages: its values as typed (to show again) and what was wrong, per field, in the
 * user's language (shown beside the field). A use case's refusal adds its own reasons per field.
 */
final class Formulardata {

    private final Map<String, String> varden;
    private final Map<String, String> fel = new LinkedHashMap<>();
    private final MessageSource texter;

    Formulardata(Map<String, String> varden, MessageSource texter) {
        this.varden = varden;
        this.texter = texter;
    }

    /** A date written yyyy-MM-dd (what a date field sends); a missing one is an error only when required. */
    LocalDate datum(String namn, boolean kravs) {
        String text = text(namn);
        if (text == null) {
            if (kravs) {
                fel(namn, "steg.fel.datumSaknas");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fel(namn, "steg.fel.datum");
            return null;
        }
    }

    String text(String namn) {
        String text = varden.get(namn);
        return text == null || text.isBlank() ? null : text.strip();
    }

    String kravdText(String namn) {
        String text = text(namn);
        if (text == null) {
            fel(namn, "steg.fel.obligatoriskt");
        }
        return text;
    }

    /** One of the offered values of an enum; a missing or unknown one is an error when required. */
    <E extends Enum<E>> E val(Class<E> typ, String namn, boolean kravs) {
        String text = text(namn);
        if (text == null) {
            if (kravs) {
                fel(namn, "steg.fel.val");
            }
            return null;
        }
        try {
            return Enum.valueOf(typ, text);
        } catch (IllegalArgumentException e) {
            fel(namn, "steg.fel.val");
            return null;
        }
    }

    /** A text longer than {@code max} characters, in any of the fields {@code namn}, is an error. */
    void langd(int max, String... namn) {
        for (String n : namn) {
            String text = text(n);
            if (text != null && text.length() > max) {
                fel(n, "steg.fel.langd", max);
            }
        }
    }

    void fel(String namn, String nyckel, Object... argument) {
        fel.putIfAbsent(namn, meddelande(nyckel, argument));
    }

    /** The message {@code nyckel} in the user's language. */
    String meddelande(String nyckel, Object... argument) {
        return texter.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }

    void fran(Valideringsfel valideringsfel) {
        fran(valideringsfel.perFalt());
    }

    /** A use case's reasons per field, beside the form's own (the first reason per field stays). */
    void fran(Map<String, String> perFalt) {
        perFalt.forEach(fel::putIfAbsent);
    }

    boolean harFel() {
        return !fel.isEmpty();
    }

    Map<String, String> fel() {
        return fel;
    }

    Map<String, String> varden() {
        return varden;
    }
}
