package se.tillit.sakerhet.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import se.tillit.sakerhet.Inloggningslogg.Handelse;

/** A logout is a row of the login log, with the way the session logged in. */
@RequiredArgsConstructor
class UtloggningLogg implements LogoutHandler {

    private final JdbcInloggningslogg logg;

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication inloggning) {
        if (inloggning != null) {
            logg.skriv(
                    inloggning.getName(),
                    Handelse.UTLOGGNING,
                    Inloggningsmetod.av(inloggning),
                    null,
                    request.getRemoteAddr());
        }
    }
}
