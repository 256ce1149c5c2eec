package se.tillit.arkiv.internal;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Swedish names of Tillit's codes (a case type, an insats, an outcome), from the message files, so that a package
 * reads without Tillit: the code stays beside its name.
 */
@Component
@RequiredArgsConstructor
class Benamningar {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final MessageSource texter;

    /** A text of the package (a PREMIS event's detail) from the message files; its key when missing. */
    String text(String nyckel) {
        return texter.getMessage(nyckel, null, nyckel, SVENSKA);
    }

    /** The name of {@code prefix.kod}, or null when the message files have none. */
    String namn(String prefix, Object kod) {
        if (kod == null) {
            return null;
        }
        String nyckel = prefix + "." + (kod instanceof Enum<?> e ? e.name() : kod.toString());
        String namn = texter.getMessage(nyckel, null, null, SVENSKA);
        return namn == null || namn.isBlank() ? null : namn;
    }
}
