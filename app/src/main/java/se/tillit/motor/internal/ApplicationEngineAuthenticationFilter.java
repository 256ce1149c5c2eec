package se.tillit.motor.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For requests to our own pages: the engine sees the logged-in user for the duration of the request, so
 * what our use cases do in the engine is recorded under the user's name. Cleared afterwards, because
 * the engine keeps it per thread.
 */
@RequiredArgsConstructor
class ApplicationEngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Camunda's own filters set the identity on its REST API and webapps
        return path.startsWith("/engine-rest") || path.startsWith("/camunda");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var identity = EngineIdentity.forApplication();
        if (identity.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(
                identity.get().userId(), identity.get().groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
