package se.tillit.sakerhet.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.tillit.sakerhet.Inloggningslogg.Handelse;
import se.tillit.sakerhet.Inloggningslogg.Orsak;

/**
 * The absolute lifetime of a session (issue 16), besides the idle timeout: the first request after a login notes the
 * time in the session, and a request after {@code tillit.inloggning.session-maxtid} ends the session (logged), sending
 * a page to the login page with a message and answering an API call 401.
 */
@RequiredArgsConstructor
class SessionMaxtid extends OncePerRequestFilter {

    static final String INLOGGAD = SessionMaxtid.class.getName() + ".inloggad";

    private final Duration maxtid;
    private final Clock clock;
    private final JdbcInloggningslogg logg;
    private final boolean api;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication inloggning = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && inloggning != null
                && inloggning.isAuthenticated()
                && !(inloggning instanceof AnonymousAuthenticationToken)
                && sessionensInloggning(request, inloggning)) {
            long nu = clock.millis();
            Object inloggad = session.getAttribute(INLOGGAD);
            if (!(inloggad instanceof Long tid)) {
                session.setAttribute(INLOGGAD, nu);
            } else if (nu - tid > maxtid.toMillis()) {
                logg.skriv(
                        inloggning.getName(),
                        Handelse.UTLOGGNING,
                        Inloggningsmetod.av(inloggning),
                        Orsak.SESSION_MAXTID,
                        request.getRemoteAddr());
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (api) {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(request.getContextPath() + SakerhetKonfiguration.LOGIN_PAGE + "?utgangen");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** On the API chains a service account's Basic login is not the session's: only a session's login counts. */
    private boolean sessionensInloggning(HttpServletRequest request, Authentication inloggning) {
        return !api || request.getHeader("Authorization") == null;
    }
}
