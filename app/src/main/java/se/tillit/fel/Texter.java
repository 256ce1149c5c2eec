package se.tillit.fel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * User text by key, from messages*.properties (the same files Spring's MessageSource and the templates read): Java
 * names a text by its key, and a page's error rendering ({@link Feltexter}) or a problem document
 * ({@link ApiFelhantering}) turns the key into text. A text that is not a key comes back as it is, so resolving is
 * safe on what is already text. A key with arguments is resolved where it is made: {@code text("nyckel", max)}.
 */
public final class Texter {

    static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private static final ResourceBundleMessageSource MEDDELANDEN = new ResourceBundleMessageSource();

    static {
        MEDDELANDEN.setBasename("messages");
        MEDDELANDEN.setDefaultEncoding(StandardCharsets.UTF_8.name());
        MEDDELANDEN.setFallbackToSystemLocale(false);
    }

    private Texter() {}

    /** The text of {@code nyckel} in the user's language (Swedish outside a request); not a key: itself. */
    public static String text(String nyckel, Object... argument) {
        LocaleContext sprak = LocaleContextHolder.getLocaleContext();
        return text(sprak == null || sprak.getLocale() == null ? SVENSKA : sprak.getLocale(), nyckel, argument);
    }

    /** The text in Swedish, the language of the API's problem documents. */
    static String svenska(String nyckel, Object... argument) {
        return text(SVENSKA, nyckel, argument);
    }

    private static String text(Locale sprak, String nyckel, Object... argument) {
        if (nyckel == null || nyckel.isBlank() || nyckel.indexOf(' ') >= 0) {
            return nyckel;
        }
        return MEDDELANDEN.getMessage(nyckel, argument.length == 0 ? null : argument, nyckel, sprak);
    }
}
