package se.tillit.sakerhet.internal;

import java.util.Locale;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;

/**
 * The account administration's errors are message keys; for an API client they become the Swedish texts of
 * messages.properties, in the problem documents the API answers with (se.tillit.fel).
 */
@Component
@RequiredArgsConstructor
class Kontotexter {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final MessageSource meddelanden;

    <T> T iKlartext(Supplier<T> arbete) {
        try {
            return arbete.get();
        } catch (Valideringsfel e) {
            throw new Valideringsfel(e.fel().stream()
                    .map(f -> new Valideringsfel.Faltfel(f.falt(), text(f.orsak())))
                    .toList());
        } catch (HittadesInte e) {
            throw new HittadesInte(text(e.getMessage()));
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(text(e.getMessage()));
        }
    }

    private String text(String nyckel) {
        return meddelanden.getMessage(nyckel, null, nyckel, SVENSKA);
    }
}
