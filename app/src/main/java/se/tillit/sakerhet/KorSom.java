package se.tillit.sakerhet;

import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs code outside a web request (demo data today, scheduled jobs later) as a named account, with that
 * account's roles, so the use cases' authorization and the records' "who" work as for a person.
 */
@Component
@RequiredArgsConstructor
public class KorSom {

    private final UserDetailsService anvandare;

    public <T> T kor(String anvandarnamn, Supplier<T> arbete) {
        UserDetails details = anvandare.loadUserByUsername(anvandarnamn);
        SecurityContext tidigare = SecurityContextHolder.getContext();
        SecurityContext kontext = SecurityContextHolder.createEmptyContext();
        kontext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(kontext);
        try {
            return arbete.get();
        } finally {
            SecurityContextHolder.setContext(tidigare);
        }
    }
}
