package se.tillit.motor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the engine should see for the current request: the Spring Security user name, and engine groups
 * derived from the user's roles.
 *
 * <ul>
 * <li>ADMIN is in {@code tillitdrift}: what operating the engine needs (deployments, definitions, incidents, jobs,
 * metrics; Cockpit), never a case's variables, tasks or history ({@link DriftBehorigheter}, docs/adr/0019). No person
 * is in {@code camunda-admin}, the engine's superuser group.</li>
 * <li>INTEGRATION (a service account) is in {@code tillit-integration}: only what an ADMIN has granted
 * that group in Camunda Admin; engine authorization checks apply to it.</li>
 * <li>Requests to our own pages run in {@code tillit-applikation}, an engine admin group: our own
 * authorization per unit guards them, and the engine records the user in its operation log
 * (docs/adr/0003).</li>
 * </ul>
 */
record EngineIdentity(String userId, List<String> groups) {

    static final String INTEGRATION_GROUP = "tillit-integration";
    static final String APPLICATION_GROUP = "tillit-applikation";
    /** Letters only: the engine refuses other characters in the id of a group it stores (the webapps mirror). */
    static final String OPERATIONS_GROUP = "tillitdrift";

    /** The identity for Camunda's REST API and webapps, from the user's roles alone. */
    static Optional<EngineIdentity> forEngineApis() {
        return current().map(authentication -> {
            Set<String> roles = roles(authentication);
            List<String> groups = new ArrayList<>();
            if (roles.contains("ROLE_ADMIN")) {
                groups.add(OPERATIONS_GROUP);
            }
            if (roles.contains("ROLE_INTEGRATION")) {
                groups.add(INTEGRATION_GROUP);
            }
            return new EngineIdentity(authentication.getName(), List.copyOf(groups));
        });
    }

    /** The identity for our own pages and use cases. */
    static Optional<EngineIdentity> forApplication() {
        return current()
                .map(authentication -> new EngineIdentity(authentication.getName(), List.of(APPLICATION_GROUP)));
    }

    private static Optional<Authentication> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    private static Set<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
