package se.tillit.drift.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer under {@code /api}, refusals included, says which version of the API answered it
 * ({@value ApiDokumentation#VERSIONSHUVUD}, the OpenAPI document's info.version; docs/adr/0028). Before the security
 * filters, so a 401 carries it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiVersionshuvud extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader(ApiDokumentation.VERSIONSHUVUD, ApiDokumentation.VERSION);
        }
        chain.doFilter(request, response);
    }
}
