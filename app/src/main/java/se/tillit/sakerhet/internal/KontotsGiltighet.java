package se.tillit.sakerhet.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a person's session at its next request once an administrator (or the user provisioning) has deactivated the
 * account or given or taken a role: the session is invalidated and the browser sent to the login page, which says why.
 * An htmx request gets the address in {@code HX-Redirect}, so the whole page goes there, not a part of it. Requests
 * with HTTP Basic load the account on every request and need no such check. A login through the identity provider
 * carries the matched account ({@link TillitOidcAnvandare}) and is checked the same way. Without a login page (a
 * person's session on {@code /api}), the answer is a plain 401.
 */
final class KontotsGiltighet extends OncePerRequestFilter {

    private final Kontoversioner kontoversioner;
    private final String inloggningssida;

    /** @param inloggningssida where an ended session is sent; {@code null} for a 401 instead */
    KontotsGiltighet(Kontoversioner kontoversioner, String inloggningssida) {
        this.kontoversioner = kontoversioner;
        this.inloggningssida = inloggningssida;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        TillitUserDetails konto = null;
        if (authentication != null && authentication.getPrincipal() instanceof TillitUserDetails lokalt) {
            konto = lokalt;
        } else if (authentication != null
                && authentication.getPrincipal() instanceof TillitOidcAnvandare franLeverantoren) {
            konto = franLeverantoren.konto();
        }
        if (konto != null && !kontoversioner.giltig(konto.getUsername(), konto.behorighetsversion())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (inloggningssida == null) {
                // a person's session on the JSON API: no page to send it to
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            String adress = request.getContextPath() + inloggningssida;
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", adress);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(adress);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
