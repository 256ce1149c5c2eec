package se.tillit.sakerhet.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API chains read a person's browser session (logged in on the login page or through the identity provider) but
 * never create or change one: a service account's HTTP Basic login lives for its request only.
 */
class LasbarSession implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    LasbarSession() {
        session.setAllowSessionCreation(false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return session.loadDeferredContext(request);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        Supplier<SecurityContext> kontext = loadDeferredContext(holder.getRequest());
        return kontext.get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // never: an API login is for its request only
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return session.containsContext(request);
    }
}
