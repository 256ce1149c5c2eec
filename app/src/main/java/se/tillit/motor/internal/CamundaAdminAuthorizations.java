package se.tillit.motor.internal;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grants the engine's admin group ({@code camunda-admin}: no person is in it since docs/adr/0019; ADMINs are in
 * {@code tillitdrift}, see {@link DriftBehorigheter}) and the group our own pages run in
 * ({@code tillit-applikation}) every permission on every resource, as Camunda's own first-user setup does
 * for its admin group. Users come from our tables, not from Camunda's identity service, so that setup
 * never runs here; without these grants Cockpit would refuse our ADMINs, and the engine our own use cases
 * (membership of an admin group does not lift every check). Idempotent, and safe when two nodes start at
 * once: a grant another node just created is not an error.
 */
@RequiredArgsConstructor
final class CamundaAdminAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(CamundaAdminAuthorizations.class);

    private final AuthorizationService authorizations;

    void ensure() {
        ensure(Groups.CAMUNDA_ADMIN);
        ensure(EngineIdentity.APPLICATION_GROUP);
    }

    private void ensure(String group) {
        int created = 0;
        for (Resource resource : Resources.values()) {
            if (exists(group, resource)) {
                continue;
            }
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(resource);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(Permissions.ALL);
            try {
                authorizations.saveAuthorization(grant);
                created++;
            } catch (RuntimeException e) {
                if (!exists(group, resource)) {
                    throw e;
                }
            }
        }
        if (created > 0) {
            log.info("Granted group {} all permissions on {} engine resources", group, created);
        }
    }

    private boolean exists(String group, Resource resource) {
        return authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(group)
                        .resourceType(resource)
                        .resourceId(Authorization.ANY)
                        .count()
                > 0;
    }
}
