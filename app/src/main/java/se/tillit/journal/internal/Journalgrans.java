package se.tillit.journal.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A note whose attachments together exceed {@code spring.servlet.multipart.max-request-size} is answered 413 (the
 * error page says the file is too large) before anything reads it. Without this, the servlet container drops every
 * part of such a request, the CSRF token with them, and the page would answer 403. An attachment within that limit
 * but over {@code tillit.journal.max-bilaga} reaches the form's check, which names it and its size.
 */
@Configuration
class Journalgrans {

    private static final Pattern JOURNALFORMULAR = Pattern.compile("/arenden/[^/]+/journal(/[^/]+/rattelse)?/?");

    /** Beyond this an over-large upload is not read at all; the client may then see the connection close. */
    private static final long LASES_HOGST = 64L * 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> journalUppladdningsgrans(MultipartProperties multipart) {
        long grans = multipart.getMaxRequestSize().toBytes();
        FilterRegistrationBean<OncePerRequestFilter> registrering =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        String sokvag = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        if ("POST".equals(request.getMethod())
                                && request.getContentLengthLong() > grans
                                && JOURNALFORMULAR.matcher(sokvag).matches()) {
                            // read what was sent before answering (up to a bound): a connection closed on an unread
                            // upload
                            // loses the answer, and the browser shows a reset instead of the error page
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
        registrering.setName("tillit-journal-uppladdningsgrans");
        registrering.addUrlPatterns("/arenden/*");
        registrering.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registrering;
    }
}
