package se.tillit.motor.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What our ADMINs may do in the engine (group {@code tillitdrift}, docs/adr/0019): operate it, not read cases.
 *
 * <ul>
 * <li>Cockpit (application {@code cockpit}), not Tasklist and not Camunda Admin;</li>
 * <li>deployments, process, decision and requirements definitions: read (deployments come from the release and from
 * the checked upload at {@code /admin/tabeller}, never through the engine's own API);</li>
 * <li>process definitions: the instances without their variables ({@code READ_INSTANCE}: incidents and jobs are
 * found through it; the engine runs with {@code enforceSpecificVariablePermission}, so variables need
 * {@code READ_INSTANCE_VARIABLE}, which is not granted), retrying failed jobs, suspending a definition;</li>
 * <li>batches: read, and a batch of job retries; the system (metrics, telemetry): read.</li>
 * </ul>
 *
 * Not granted: variables, tasks (read, work, assign, complete), history ({@code READ_HISTORY}, which also holds the
 * history of variables and tasks), changing or deleting instances, users, groups and authorizations. Each grant is
 * created once, and completed with what is missing on a later start; a permission an ADMIN adds in some other way is
 * left alone (the tests check what ADMIN can reach).
 */
@RequiredArgsConstructor
final class DriftBehorigheter {

    private static final Logger log = LoggerFactory.getLogger(DriftBehorigheter.class);

    record Grant(Resource resource, String resourceId, List<Permission> permissions) {}

    static final List<Grant> GRANTS = List.of(
            new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(Resources.DEPLOYMENT, Authorization.ANY, List.of(Permissions.READ)),
            new Grant(
                    Resources.PROCESS_DEFINITION,
                    Authorization.ANY,
                    List.of(
                            ProcessDefinitionPermissions.READ,
                            ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.RETRY_JOB,
                            ProcessDefinitionPermissions.SUSPEND)),
            new Grant(Resources.DECISION_DEFINITION, Authorization.ANY, List.of(Permissions.READ)),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, List.of(Permissions.READ)),
            new Grant(
                    Resources.BATCH,
                    Authorization.ANY,
                    List.of(BatchPermissions.READ, BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES)),
            new Grant(Resources.SYSTEM, Authorization.ANY, List.of(SystemPermissions.READ)));

    private final AuthorizationService authorizations;

    void ensure() {
        int created = 0;
        for (Grant grant : GRANTS) {
            if (!finns(grant)) {
                try {
                    skapa(grant);
                    created++;
                } catch (RuntimeException e) {
                    if (!finns(grant)) { // another node may have created it at the same moment
                        throw e;
                    }
                }
            }
        }
        if (created > 0) {
            log.info(
                    "Granted group {} the operating permissions on {} engine resources",
                    EngineIdentity.OPERATIONS_GROUP,
                    created);
        }
    }

    private boolean finns(Grant grant) {
        Authorization befintlig = authorizations
                .createAuthorizationQuery()
                .groupIdIn(EngineIdentity.OPERATIONS_GROUP)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        return befintlig != null && grant.permissions().stream().allMatch(befintlig::isPermissionGranted);
    }

    private void skapa(Grant grant) {
        Authorization befintlig = authorizations
                .createAuthorizationQuery()
                .groupIdIn(EngineIdentity.OPERATIONS_GROUP)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        Authorization authorization =
                befintlig != null ? befintlig : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(EngineIdentity.OPERATIONS_GROUP);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        grant.permissions().forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }
}
