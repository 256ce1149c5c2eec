package se.tillit.pris;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;

/**
 * A decision's omfattning as the price list needs it. Decisions write it as text: a scope ("heltid"), or hours
 * per week ("20 tim/vecka", "20 timmar per vecka", "12,5 h/v"); hours go through the {@code omfattning} table
 * (R27). Anything else is refused with the text quoted, never guessed.
 */
public final class Omfattningstext {

    private static final Pattern TIMMAR_PER_VECKA =
            Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:h|tim|timmar|timme)\\s*(?:/|per|i)\\s*(?:v|vecka|veckan)\\.?");

    private static final Pattern TIMMAR_PER_MANAD = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:h|tim|timmar|timme)\\s*(?:/|per|i)\\s*(?:m|mån|månad|månaden)\\.?");

    private Omfattningstext() {}

    /**
     * The granted hours of an hourly insats: "20 tim/vecka", "87 timmar per månad", "12,5 h/v".
     *
     * @return empty for a decision without an omfattning
     * @throws Valideringsfel for text that names no hours, quoted
     */
    public static java.util.Optional<Timomfattning> timmar(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String normaliserad = text.strip().toLowerCase(Locale.ROOT);
        Matcher vecka = TIMMAR_PER_VECKA.matcher(normaliserad);
        if (vecka.matches()) {
            return java.util.Optional.of(new Timomfattning(tal(vecka.group(1)), Timomfattning.Per.VECKA));
        }
        Matcher manad = TIMMAR_PER_MANAD.matcher(normaliserad);
        if (manad.matches()) {
            return java.util.Optional.of(new Timomfattning(tal(manad.group(1)), Timomfattning.Per.MANAD));
        }
        throw new Valideringsfel("omfattning", Texter.text("pris.fel.angerIngaTimmar", text.strip()));
    }

    private static java.math.BigDecimal tal(String text) {
        return new java.math.BigDecimal(text.replace(',', '.'));
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
        throw new Valideringsfel("omfattning", Texter.text("pris.fel.kanIntePrissattas", text.strip()));
    }
}
