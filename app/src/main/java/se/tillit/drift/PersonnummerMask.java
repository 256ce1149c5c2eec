package se.tillit.drift;

import java.util.regex.Pattern;

/**
 * Replaces everything in a text that has the shape of a personnummer or samordningsnummer
 * (10 or 12 digits, optionally with -, + or a dash such as – before the last four, with or without spaces
 * around it, as people and other systems write them) by a neutral marker.
 *
 * <p>It masks by shape, not by checksum: a mistyped number is personal data too, and a false
 * positive in a log line costs nothing.
 */
public final class PersonnummerMask {

    public static final String MARKER = "[personnummer]";

    /** The same shape as {@code logging.pattern.console} and {@code logging.pattern.file} in application.yaml. */
    private static final Pattern SHAPE = Pattern.compile(
            "(?<![0-9])(?:[0-9]{2})?[0-9]{6}[ \u00a0]?[-+\u2010-\u2015\u2212]?[ \u00a0]?[0-9]{4}(?![0-9])");

    private PersonnummerMask() {}

    public static String mask(String text) {
        if (text == null || text.length() < 10) {
            return text;
        }
        return SHAPE.matcher(text).replaceAll(MARKER);
    }
}
