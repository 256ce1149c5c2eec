package se.tillit.tabell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload of a decision table larger than 5 MB is answered 413 (the error page says the file is too large)
 * before anything reads it. (Its own bound, below the application's multipart limit, which the journal's attachments
 * set.) Without this, the servlet container
 * drops every part of such a request, the CSRF token with them, and the page would answer 403 instead. Files
 * between 1 MB and the limit reach the check, which names their size.
 */
@Configuration
class Uppladdningsgrans {

    /** Above the 1 MB a decision table may have, so a larger file reaches the check and gets its message. */
    private static final long GRANS = DataSize.ofMegabytes(5).toBytes();

    /** Beyond this an over-large upload is not read at all; the client may then see the connection close. */
    private static final long LASES_HOGST = 16L * 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tabellUppladdningsgrans(MultipartProperties multipart) {
        long grans = Math.min(GRANS, multipart.getMaxRequestSize().toBytes());
        FilterRegistrationBean<OncePerRequestFilter> registrering =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > grans) {
                            // read what was sent before answering (up to a bound): a connection closed on an unread
                            // upload loses the answer, and the browser shows a reset instead of the error page
                            try {
                                request.getInputStream()
                                        .skipNBytes(Math.min(request.getContentLengthLong(), LASES_HOGST));
                            } catch (IOException klientenSlutade) {
                                // fewer bytes than announced: answer all the same
                            }
                            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registrering.setName("tillit-tabell-uppladdningsgrans");
        registrering.addUrlPatterns("/admin/tabeller", "/api/admin/tabeller");
        registrering.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registrering;
    }
}
