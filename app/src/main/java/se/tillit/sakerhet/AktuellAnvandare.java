package se.tillit.sakerhet;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.tillit.sakerhet.internal.TillitUserDetails;

/** Who is logged in on the current request, with their roles per unit. */
@Component
public class AktuellAnvandare {

    public Optional<InloggadAnvandare> hamta() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TillitUserDetails details) {
            return Optional.of(details.anvandare());
        }
        return Optional.empty();
    }
}
