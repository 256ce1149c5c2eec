package se.tillit.motor.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import se.tillit.revision.Atkomstlogg;

/**
 * Camunda's webapps and REST API (docs/adr/0019, docs/operations.md): off unless {@code tillit.camunda.webapps} and
 * {@code tillit.camunda.engine-rest} switch them on (the webapps through {@code camunda.bpm.webapp.enabled}, which
 * application.yaml sets from the first). Switched off, {@code /engine-rest} answers 404 before anything else runs.
 * Switched on, every request to it that touches a case is written to the access log. Camunda's own login and its
 * "create the first admin user" setup stay closed either way: our single sign-on is the only way into the webapps.
 */
@Configuration
class Motorwebbar {

    /** Camunda's own login of the webapps and its initial-user setup: never used behind our login. */
    static final String[] EGEN_INLOGGNING = {"/camunda/api/admin/setup/*", "/camunda/api/admin/auth/user/*"};

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> motorwebbarnasEgenInloggningStangd() {
        FilterRegistrationBean<OncePerRequestFilter> registrering =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        String sokvag = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        // the webapps read who is logged in at /camunda/api/admin/auth/user/{engine}; only logging in
                        // is closed
                        if (sokvag.startsWith("/camunda/api/admin/setup/") || sokvag.contains("/login/")) {
                            response.sendError(HttpServletResponse.SC_NOT_FOUND);
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registrering.setName("tillit-motorwebbarnas-egen-inloggning-stangd");
        registrering.addUrlPatterns("/camunda/api/admin/setup/*", "/camunda/api/admin/auth/user/*");
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registrering;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> motorRestAvstangd(
            @Value("${tillit.camunda.engine-rest:false}") boolean pa) {
        FilterRegistrationBean<OncePerRequestFilter> registrering =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws IOException {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    }
                });
        registrering.setName("tillit-motor-rest-avstangd");
        registrering.addUrlPatterns("/engine-rest/*");
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registrering.setEnabled(!pa);
        return registrering;
    }

    @Bean
    FilterRegistrationBean<MotorRestAtkomstlogg> motorRestAtkomstlogg(
            Atkomstlogg atkomstlogg,
            HistoryService historik,
            @Value("${tillit.camunda.engine-rest:false}") boolean pa) {
        FilterRegistrationBean<MotorRestAtkomstlogg> registrering =
                new FilterRegistrationBean<>(new MotorRestAtkomstlogg(atkomstlogg, historik));
        registrering.setName("tillit-motor-rest-atkomstlogg");
        registrering.addUrlPatterns("/engine-rest/*");
        // after Spring Security (who), before Camunda's own authentication filter (which sets the engine's user)
        registrering.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 200);
        registrering.setEnabled(pa);
        return registrering;
    }
}
