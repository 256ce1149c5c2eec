package se.tillit.pris;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tillit.fel.Valideringsfel;

/**
 * A decision's omfattning as the price list needs it. Decisions write it as text: a scope ("heltid"), or hours
 * per week ("20 tim/vecka", "20 timmar per vecka", "12,5 h/v"); hours go through the {@code omfattning} table
 * (R27). Anything else is refused with the text quoted, never guessed.
 */
public final class Omfattningstext {

    private static final Pattern TIMMAR_PER_VECKA = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:h|tim|timmar|timme)\\s*(?:/|per|i)\\s*(?:v|vecka|veckan)\\.?");

    private Omfattningstext() {
    }

    /** @return HELTID, HALVTID, DELTID, or null for a decision without an omfattning */
    public static String tolka(String text, Prislista prislista) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normaliserad = text.strip().toLowerCase(Locale.ROOT);
        switch (normaliserad) {
            case "heltid":
                return "HELTID";
            case "halvtid":
                return "HALVTID";
            case "deltid":
                return "DELTID";
            default:
                break;
        }
        Matcher timmar = TIMMAR_PER_VECKA.matcher(normaliserad);
        if (timmar.matches()) {
            return prislista.omfattning(Double.parseDouble(timmar.group(1).replace(',', '.')));
        }
        throw new Valideringsfel("omfattning", "Omfattningen \"" + text.strip()
                + "\" kan inte prissättas: skriv heltid, halvtid, deltid eller timmar per vecka (till exempel 20 tim/vecka)");
    }
}
