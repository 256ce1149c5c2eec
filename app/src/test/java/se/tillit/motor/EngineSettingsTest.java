package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.TillitSpringTest;

/** The engine settings the foundation promises (issue 1/7, point 7). */
@TillitSpringTest
class EngineSettingsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void historyIsFullForTheUserOperationLogAndTheAuditTrail() {
        assertThat(configuration().getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
    }

    @Test
    void authorizationChecksAreOnAndOnlyOurAdminGroupsAreEngineAdministrators() {
        assertThat(configuration().isAuthorizationEnabled()).isTrue();
        assertThat(configuration().getAdminGroups()).containsExactlyInAnyOrder("camunda-admin", "tillit-applikation");
    }

    @Test
    void variablesAreNeverJavaSerialized_andTheCaseProcessesMayGoWithoutAHistoryTimeToLive() {
        assertThat(configuration().isJavaSerializationFormatEnabled()).isFalse();
        // docs/adr/0024: the case processes carry no TTL (gallring removes their history); ModelDeploymentTest checks
        // every model instead: a TTL on every other process and decision
        assertThat(configuration().isEnforceHistoryTimeToLive()).isFalse();
        assertThat(configuration().getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration().getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    }

    @Test
    void theJobExecutorRuns() {
        assertThat(configuration().getJobExecutor().isActive()).isTrue();
    }

    @Test
    void theEngineRunsOnPostgresql() {
        assertThat(configuration().getDatabaseType()).isEqualTo("postgres");
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
