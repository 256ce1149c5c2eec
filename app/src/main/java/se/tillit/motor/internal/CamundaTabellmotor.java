package se.tillit.motor.internal;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.stereotype.Service;
import se.tillit.drift.Svensktid;
import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellmotor;
import se.tillit.tabell.Tabellproblem;
import se.tillit.tabell.Tabellversion;
import se.tillit.tabell.Tabellversion.Ursprung;

/**
 * Decision tables in the engine: every deployed version, and the deployment of an administrator's checked
 * file under a deployment name of its own. The name matters: at start the starter deploys the files on the
 * classpath under its name ({@code SpringAutoDeployment}) and, with {@code deployChangedOnly}, compares each
 * file only with the latest resource of the same name in deployments of that same name (docs/operations.md).
 * So a restart with unchanged files leaves an administrator's version the latest, and a file changed in a
 * new release becomes a newer version than it.
 */
@Service
class CamundaTabellmotor implements Tabellmotor {

    /** The deployment name of versions deployed from the page or API; shown in Cockpit. */
    static final String DEPLOYMENT_NAMN = "tillit-beslutstabell";
    /** The deployment source, beside Camunda's own "process application" (start) and "cockpit". */
    static final String KALLA = "tillit-administrator";

    private static final ZoneId SVENSK_TID = Svensktid.ZON;

    private final RepositoryService repository;
    private final String startensDeploymentNamn;

    CamundaTabellmotor(ProcessEngine motor) {
        this.repository = motor.getRepositoryService();
        ProcessEngineConfigurationImpl konfiguration =
                (ProcessEngineConfigurationImpl) motor.getProcessEngineConfiguration();
        this.startensDeploymentNamn =
                konfiguration instanceof SpringProcessEngineConfiguration spring ? spring.getDeploymentName() : null;
    }

    @Override
    public List<Tabellversion> versioner() {
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        return repository.createDecisionDefinitionQuery().withoutTenantId().list().stream()
                .map(definition -> version(definition, deployments.get(definition.getDeploymentId())))
                .toList();
    }

    @Override
    public Set<String> beslutsnycklar() {
        return repository.createDecisionDefinitionQuery().withoutTenantId().latestVersion().list().stream()
                .map(DecisionDefinition::getKey)
                .collect(Collectors.toSet());
    }

    @Override
    public NyVersion driftsatt(String beslutsnyckel, byte[] dmn) {
        // the process engine parses the file again: anything it refuses is reported as MOTORN_AVVISADE
        DeploymentWithDefinitions deployment;
        try {
            // no tenant: the application's tables have none, and a tenant's version would not be "the latest"
            deployment = repository
                    .createDeployment()
                    .name(DEPLOYMENT_NAMN)
                    .source(KALLA)
                    .addInputStream(beslutsnyckel + ".dmn", new ByteArrayInputStream(dmn))
                    .deployWithResult();
        } catch (ProcessEngineException e) {
            throw new TabellAvvisad(List.of(Tabellproblem.av(Tabellproblem.Typ.MOTORN_AVVISADE, e.getMessage())));
        }
        DecisionDefinition ny = deployment.getDeployedDecisionDefinitions().get(0);
        return new NyVersion(ny.getKey(), ny.getVersion(), deployment.getId());
    }

    private Tabellversion version(DecisionDefinition definition, Deployment deployment) {
        Ursprung ursprung = Ursprung.ANNAT;
        if (deployment != null && DEPLOYMENT_NAMN.equals(deployment.getName())) {
            ursprung = Ursprung.ADMINISTRATOR;
        } else if (deployment != null
                && deployment.getName() != null
                && deployment.getName().equals(startensDeploymentNamn)) {
            ursprung = Ursprung.VID_START;
        }
        return new Tabellversion(
                definition.getKey(),
                definition.getName(),
                definition.getVersion(),
                definition.getDeploymentId(),
                deployment == null || deployment.getDeploymentTime() == null
                        ? null
                        : deployment
                                .getDeploymentTime()
                                .toInstant()
                                .atZone(SVENSK_TID)
                                .toOffsetDateTime(),
                ursprung);
    }
}
