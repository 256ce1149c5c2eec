package se.tillit.revision.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;

/**
 * A denied attempt on an object is on record too (issue 18): a signed-in user's request whose address names an object
 * (a case, a decision, a person …) and that was answered 403 or 404. A 404 is counted as well because the application
 * answers 404 where a 403 would tell that the object exists. Written after the answer, in a transaction of its own: the
 * request's own work has been rolled back.
 */
@Component
@RequiredArgsConstructor
class NekadAtkomstLoggning implements HandlerInterceptor, WebMvcConfigurer {

    private final Atkomstlogg atkomstlogg;
    private final AktuellAnvandare aktuellAnvandare;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception fel) {
        boolean nekad =
                response.getStatus() == 403 || response.getStatus() == 404 || fel instanceof AccessDeniedException;
        @SuppressWarnings("unchecked")
        Map<String, String> variabler =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!nekad
                || variabler == null
                || variabler.isEmpty()
                || aktuellAnvandare.hamta().isEmpty()) {
            return;
        }
        String monster = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        String beskrivning = "Nekad: " + request.getMethod() + " " + monster + " "
                + variabler.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
        UUID arendeId = monster.startsWith("/arenden/") || monster.startsWith("/api/arenden/")
                ? uuid(variabler.get("id"))
                : uuid(variabler.get("arendeId"));
        atkomstlogg.logga(
                Atkomstlogg.Handling.NEKAD,
                arendeId,
                null,
                beskrivning.length() > 200 ? beskrivning.substring(0, 200) : beskrivning);
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
