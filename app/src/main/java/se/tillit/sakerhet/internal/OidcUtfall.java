package se.tillit.sakerhet.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * The end of a login through the identity provider, logged: a login goes on to the page asked for; a refusal goes to
 * the login page with its reason ({@code ?nekad=SAKNAR_KONTO} and so on, shown as a message and never followed by a
 * new redirect to the provider, so no loop), and an error of the provider or of its answer as {@code IDP_FEL}.
 */
@RequiredArgsConstructor
class OidcUtfall extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OidcUtfall.class);

    private final JdbcInloggningslogg logg;

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication inloggning)
            throws ServletException, IOException {
        logg.skriv(inloggning.getName(), Handelse.INLOGGNING, Metod.OIDC, null, request.getRemoteAddr());
        super.onAuthenticationSuccess(request, response, inloggning);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException fel) throws IOException {
        Orsak orsak = fel instanceof OidcInloggning.Nekad nekad ? nekad.orsak() : Orsak.IDP_FEL;
        if (orsak == Orsak.IDP_FEL) {
            // for operations: what the provider or its answer did wrong (no personal data in these messages)
            log.warn("Login through the identity provider failed: {}", fel.toString(), fel.getCause());
        }
        String namn = fel instanceof OidcInloggning.Nekad nekad ? nekad.namn() : "";
        logg.skriv(
                namn,
                orsak == Orsak.IDP_FEL ? Handelse.MISSLYCKAD : Handelse.NEKAD,
                Metod.OIDC,
                orsak,
                request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + SakerhetKonfiguration.LOGIN_PAGE + "?nekad=" + orsak.name());
    }
}
