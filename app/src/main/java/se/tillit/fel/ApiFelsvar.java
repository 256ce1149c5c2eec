package se.tillit.fel;

import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A refusal that never reached a controller of ours (a content type the endpoint does not read, a path the firewall
 * refuses, a parameter Spring could not convert) is answered by Spring Boot's error controller. Under {@code /api} its
 * JSON gets a {@code title} and a {@code detail} in Swedish beside the status, like the problem documents of
 * {@link ApiFelhantering}, so an API client always has a message; pages keep the error page.
 */
@Component
@RequiredArgsConstructor
class ApiFelsvar extends DefaultErrorAttributes {

    private final MessageSource meddelanden;

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attribut = super.getErrorAttributes(request, options);
        Object sokvag = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        if (sokvag instanceof String uri
                && uri.startsWith("/api/")
                && attribut.get("status") instanceof Integer status) {
            Locale svenska = Locale.forLanguageTag("sv-SE");
            attribut.put("title", meddelanden.getMessage("fel.titel", null, svenska));
            attribut.put(
                    "detail",
                    meddelanden.getMessage(
                            "fel." + status,
                            null,
                            meddelanden.getMessage("fel.annat", new Object[] {status}, svenska),
                            svenska));
        }
        return attribut;
    }
}
