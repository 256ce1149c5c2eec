package se.tillit.motor.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Single sign-on into Camunda's webapps. The webapps look the user up in the engine's identity tables, so
 * an ADMIN who opens them is mirrored there: user id only, with a random password nobody knows (the
 * webapps' own login form cannot be used with it), as a member of {@code tillitdrift}, the operating group
 * (docs/adr/0019), never of {@code camunda-admin}. Camunda's own login and its "create the first admin user" setup are
 * closed by {@link Motorwebbar} (docs/adr/0003). Our tables stay the only source of users, roles and passwords.
 */
public class WebappSingleSignOnProvider extends SpringSecurityEngineAuthenticationProvider {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated() && Setupvakt.ANVANDARE.equalsIgnoreCase(result.getAuthenticatedUser())) {
            return AuthenticationResult.unsuccessful(); // the setup guard is no person (Setupvakt)
        }
        if (result.isAuthenticated() && result.getGroups().contains(EngineIdentity.OPERATIONS_GROUP)) {
            mirror(engine.getIdentityService(), result.getAuthenticatedUser());
        }
        return result;
    }

    private static void mirror(IdentityService identity, String userId) {
        String grupp = EngineIdentity.OPERATIONS_GROUP;
        if (identity.createUserQuery().userId(userId).memberOfGroup(grupp).count() > 0) {
            return;
        }
        // two first requests at once may both get here: what the other one created is not an error
        ignoringConcurrentCreation(() -> {
            if (identity.createGroupQuery().groupId(grupp).count() == 0) {
                Group group = identity.newGroup(grupp);
                group.setName("Systemförvaltare (Tillit ADMIN), drift utan ärendeinnehåll");
                group.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
        });
        ignoringConcurrentCreation(() -> {
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User user = identity.newUser(userId);
                user.setFirstName(userId);
                user.setLastName("(Tillit)");
                user.setPassword(unusablePassword());
                identity.saveUser(user);
            }
        });
        ignoringConcurrentCreation(() -> identity.createMembership(userId, grupp));
        if (identity.createUserQuery().userId(userId).memberOfGroup(grupp).count() == 0) {
            throw new IllegalStateException("Could not mirror " + userId + " into the engine's identity tables");
        }
    }

    private static void ignoringConcurrentCreation(Runnable creation) {
        try {
            creation.run();
        } catch (RuntimeException e) {
            // checked by the caller's final query
        }
    }

    private static String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
