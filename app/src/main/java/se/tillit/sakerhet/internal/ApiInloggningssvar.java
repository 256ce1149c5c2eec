package se.tillit.sakerhet.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 on the API chains ({@code /api}, {@code /engine-rest}, {@code /actuator}), with the Basic challenge for service
 * accounts and a problem document that says what to do: log in, a person's account does not use HTTP Basic, or wait
 * after repeated failures (the same words whether the account exists or not).
 */
class ApiInloggningssvar implements AuthenticationEntryPoint {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource meddelanden;
    private final long sparrminuter;

    ApiInloggningssvar(MessageSource meddelanden, java.time.Duration sparrtid) {
        this.meddelanden = meddelanden;
        this.sparrminuter = sparrtid.toMinutes();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException fel)
            throws IOException {
        String nyckel = "inloggning.api.kravs";
        if (fel instanceof InloggningNekad nekad) {
            nyckel = nekad.sparr()
                    ? "inloggning.sparrad"
                    : nekad.orsak() == se.tillit.sakerhet.Inloggningslogg.Orsak.PERSON_MED_BASIC
                            ? "inloggning.api.personMedBasic"
                            : nyckel;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", HttpStatus.UNAUTHORIZED.value());
        problem.put("title", meddelanden.getMessage("inloggning.api.titel", null, SVENSKA));
        problem.put("detail", meddelanden.getMessage(nyckel, new Object[] {sparrminuter}, SVENSKA));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"Tillit\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
