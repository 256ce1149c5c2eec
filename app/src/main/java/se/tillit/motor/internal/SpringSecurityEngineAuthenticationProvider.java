package se.tillit.motor.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Tells Camunda's REST API and webapps who Spring Security has authenticated. Spring Security has already
 * refused anyone without the right role (sakerhet module); this only passes the identity on, so the
 * engine's authorization checks and user operation log see the real user.
 *
 * <p>Instantiated by Camunda's filters from its class name, hence public with a no-argument constructor.
 */
public class SpringSecurityEngineAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return EngineIdentity.forEngineApis()
                .map(identity -> {
                    AuthenticationResult result = AuthenticationResult.successful(identity.userId());
                    result.setGroups(identity.groups());
                    result.setTenants(java.util.List.of());
                    return result;
                })
                .orElseGet(AuthenticationResult::unsuccessful);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security answers unauthenticated requests before they get here; never a Basic challenge
    }
}
