package se.tillit.motor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.tillit.TillitSpringTest;
import se.tillit.motor.IndividuellPlanprocessen;

/**
 * C1 item 18, docs/adr/0024: the engine's history cleanup no longer removes a case's history, whatever the gallring date.
 * A case process ends with no removal time (its definition has no TTL), and survives a cleanup that removes a process
 * with a TTL that has passed. (The history of a destroyed case is removed by the gallring run: GallringensForstoringTest.)
 */
@TillitSpringTest
class ArendehistorikTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Historikbevarande historikbevarande;

    @Test
    void theHistoryOfACaseNotYetDueSurvivesTheEnginesHistoryCleanup_aProcessWithAPassedTimeToLiveDoesNot() {
        // every case process is deployed without a TTL
        for (String nyckel : Arendeprocesser.NYCKLAR) {
            assertThat(repository
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(nyckel)
                            .latestVersion()
                            .singleResult()
                            .getHistoryTimeToLive())
                    .as(nyckel)
                    .isNull();
        }
        // a case's process, ended (started at its end: the same definition, no tasks for the lists)
        String arendetsProcess = runtime.createProcessInstanceByKey("individuellplan")
                .businessKey("AH-" + System.nanoTime())
                .setVariables(Map.of("arendeId", "00000000-0000-0000-0000-00000000a001"))
                .startBeforeActivity(IndividuellPlanprocessen.END_INDIVIDUELL_PLAN_AVSLUTAD)
                .execute()
                .getId();
        // a process with a TTL of 0 days: its removal time is its end, so the cleanup now removes it
        String deployment = repository
                .createDeployment()
                .name("historikkontroll")
                .addModelInstance(
                        "historikkontroll.bpmn",
                        Bpmn.createExecutableProcess("historikkontroll")
                                .camundaHistoryTimeToLive(0)
                                .startEvent()
                                .endEvent()
                                .done())
                .deploy()
                .getId();
        try {
            String kontroll =
                    runtime.startProcessInstanceByKey("historikkontroll").getId();
            assertThat(history.createHistoricProcessInstanceQuery()
                            .processInstanceId(arendetsProcess)
                            .singleResult()
                            .getEndTime())
                    .isNotNull();
            assertThat(borttagningstid(arendetsProcess))
                    .as("a case's history has no removal time")
                    .isNull();
            assertThat(borttagningstid(kontroll)).isNotNull();

            rensaHistoriken(kontroll);

            assertThat(history.createHistoricProcessInstanceQuery()
                            .processInstanceId(kontroll)
                            .count())
                    .as("the cleanup ran and removed what was due")
                    .isZero();
            assertThat(history.createHistoricProcessInstanceQuery()
                            .processInstanceId(arendetsProcess)
                            .count())
                    .isOne();
            assertThat(history.createHistoricActivityInstanceQuery()
                            .processInstanceId(arendetsProcess)
                            .count())
                    .isPositive();
            assertThat(history.createHistoricVariableInstanceQuery()
                            .processInstanceId(arendetsProcess)
                            .count())
                    .isOne();
        } finally {
            repository.deleteDeployment(deployment, true);
            history.deleteHistoricProcessInstancesIfExists(List.of(arendetsProcess));
        }
    }

    /**
     * An installation upgraded from before ADR 24: a case process's definition with the old five-year TTL and an ended
     * instance with a removal time. At start both are cleared (the removal time by one of the engine's batches).
     */
    @Test
    void anUpgradedInstallationsCaseHistoryLosesItsOldTimeToLiveAndRemovalTime() {
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(IndividuellPlanprocessen.PROCESS)
                .latestVersion()
                .singleResult()
                .getId();
        String instans = runtime.createProcessInstanceByKey("individuellplan")
                .businessKey("AH-" + System.nanoTime())
                .startBeforeActivity(IndividuellPlanprocessen.END_INDIVIDUELL_PLAN_AVSLUTAD)
                .execute()
                .getId();
        try {
            repository.updateProcessDefinitionHistoryTimeToLive(definition, 1825);
            jdbc.sql("update act_hi_procinst set removal_time_ = now() + interval '5 years' where id_ = :id")
                    .param("id", instans)
                    .update();

            historikbevarande.bevaraArendenasHistorik();

            assertThat(repository.getProcessDefinition(definition).getHistoryTimeToLive())
                    .isNull();
            long slut = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (borttagningstid(instans) != null) {
                assertThat(System.nanoTime())
                        .as("the engine's batch cleared the removal time in time")
                        .isLessThan(slut);
                sov();
            }
        } finally {
            repository.updateProcessDefinitionHistoryTimeToLive(definition, null);
            history.deleteHistoricProcessInstancesIfExists(List.of(instans));
        }
    }

    private Date borttagningstid(String processinstans) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceId(processinstans)
                .singleResult()
                .getRemovalTime();
    }

    /** The engine's own history cleanup, now: the job runs here, or on the job executor if it takes it first. */
    private void rensaHistoriken(String ska) {
        Job jobb = history.cleanUpHistoryAsync(true);
        long slut = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (history.createHistoricProcessInstanceQuery()
                        .processInstanceId(ska)
                        .count()
                > 0) {
            assertThat(System.nanoTime()).as("the history cleanup ran in time").isLessThan(slut);
            try {
                management.executeJob(jobb.getId());
            } catch (ProcessEngineException e) {
                // taken by the job executor meanwhile (locked, or already rescheduled): wait for it
                sov();
            }
            jobb = history.findHistoryCleanupJobs().stream().findFirst().orElse(jobb);
        }
    }

    private static void sov() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
