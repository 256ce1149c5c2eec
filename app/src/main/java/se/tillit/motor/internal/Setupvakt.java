package se.tillit.motor.internal;

import java.security.SecureRandom;
import java.util.Base64;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Camunda's webapps send every page to their "create the first admin user" setup for as long as no user is a member of
 * {@code camunda-admin} (ProcessEnginesFilter), and that setup is closed here ({@link Motorwebbar}): with no person in
 * the group any more (docs/adr/0019), Cockpit answered every ADMIN with a redirect to a closed page. So the group holds
 * exactly one member, this account, which is no person and cannot log in anywhere: its password is random and never
 * kept; Camunda's own login is closed; {@code /engine-rest} and the webapps know users only from our login (Spring
 * Security), whose user names are lower case, while this id starts with a capital (V1: {@code ^[a-z0-9][a-z0-9._-]+$}),
 * so no Tillit account can be it, and the webapps' single sign-on refuses it besides. Every other member of the group,
 * such as an ADMIN mirrored there before docs/adr/0019, is removed at each start.
 */
@RequiredArgsConstructor
final class Setupvakt {

    /** Letters only (the engine's default pattern for user ids), with a capital no Tillit user name has. */
    static final String ANVANDARE = "TillitSetupvakt";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identitet;

    void ensure() {
        tyst(() -> {
            if (identitet.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group grupp = identitet.newGroup(Groups.CAMUNDA_ADMIN);
                grupp.setName("Camunda administrators (no person: docs/adr/0019)");
                grupp.setType(Groups.GROUP_TYPE_SYSTEM);
                identitet.saveGroup(grupp);
            }
        });
        tyst(() -> {
            if (identitet.createUserQuery().userId(ANVANDARE).count() == 0) {
                User konto = identitet.newUser(ANVANDARE);
                konto.setFirstName("Tillit");
                konto.setLastName("(ingen person, kan inte logga in)");
                konto.setPassword(oanvandbartLosenord());
                identitet.saveUser(konto);
            }
        });
        tyst(() -> {
            if (identitet
                            .createUserQuery()
                            .userId(ANVANDARE)
                            .memberOfGroup(Groups.CAMUNDA_ADMIN)
                            .count()
                    == 0) {
                identitet.createMembership(ANVANDARE, Groups.CAMUNDA_ADMIN);
            }
        });
        identitet.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
                .filter(anvandare -> !ANVANDARE.equals(anvandare.getId()))
                .forEach(anvandare -> identitet.deleteMembership(anvandare.getId(), Groups.CAMUNDA_ADMIN));
        if (identitet
                        .createUserQuery()
                        .userId(ANVANDARE)
                        .memberOfGroup(Groups.CAMUNDA_ADMIN)
                        .count()
                == 0) {
            throw new IllegalStateException(
                    "Could not make " + ANVANDARE + " the only member of " + Groups.CAMUNDA_ADMIN);
        }
    }

    /** Another node starting at the same moment may create the same rows; the final query checks the outcome. */
    private static void tyst(Runnable skapa) {
        try {
            skapa.run();
        } catch (RuntimeException e) {
            // checked by ensure()'s final query
        }
    }

    private static String oanvandbartLosenord() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
