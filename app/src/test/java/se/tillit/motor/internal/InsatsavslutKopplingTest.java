package se.tillit.motor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tillit.motor.Beslutprocessen.END_OMPROVAT;
import static se.tillit.motor.Beslutprocessen.PROCESS;
import static se.tillit.motor.Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM;
import static se.tillit.motor.Beslutprocessen.TIMER_OMPROVNING_DAGS;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.tillit.beslut.InsatsAvslutad;
import se.tillit.beslut.Insatsslut;
import se.tillit.motor.PostgresProcessEngine;

/**
 * Decisions started before issue 17 gave the omprövning before giltig tom a boundary for the avslut of the insats run on
 * the older version of {@code beslut}, whose wait and task ignore the message: the coupling cancels them itself, so no
 * handläggare gets an omprövning task for an insats that has ended. The current version is tested in BeslutProcessTest.
 */
class InsatsavslutKopplingTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();

    private ProcessEngine motor;
    private InsatsavslutKoppling koppling;
    private String deploymentId;

    /** The omprövning branch as the versions before issue 17 had it: a timer, the task, no boundary event. */
    static BpmnModelInstance aldreVersion() {
        return Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1825)
                .startEvent()
                .intermediateCatchEvent(TIMER_OMPROVNING_DAGS)
                .timerWithDate("${omprovningPaminnelse}")
                .userTask(TASK_OMPROVA_FORE_GILTIG_TOM)
                .camundaCandidateGroups("LSS:HANDLAGGARE")
                .endEvent(END_OMPROVAT)
                .done();
    }

    @BeforeEach
    void driftsattAldreVersion() {
        motor = engine.getProcessEngine();
        koppling = new InsatsavslutKoppling(motor.getRuntimeService());
        deploymentId = motor.getRepositoryService()
                .createDeployment()
                .addModelInstance("beslut-fore-issue-17.bpmn", aldreVersion())
                .deploy()
                .getId();
    }

    @AfterEach
    void tabortAldreVersion() {
        motor.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void anOlderDecisionWaitingForTheReminderDayEndsWithTheInsats() {
        UUID beslutId = UUID.randomUUID();
        ProcessInstance beslut = starta(beslutId);
        ProcessInstance annat = starta(UUID.randomUUID());

        koppling.insatsAvslutad(avslutad(beslutId));

        assertThat(motor.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(beslut.getId())
                        .count())
                .isZero();
        assertThat(motor.getManagementService()
                        .createJobQuery()
                        .processInstanceId(beslut.getId())
                        .count())
                .isZero();
        assertThat(motor.getRuntimeService()
                        .getActivityInstance(annat.getId())
                        .getActivityInstances(TIMER_OMPROVNING_DAGS))
                .as("another decision's omprövning is left alone")
                .hasSize(1);
    }

    @Test
    void anOlderDecisionsOpenOmprovningTaskEndsWithTheInsats() {
        UUID beslutId = UUID.randomUUID();
        ProcessInstance beslut = starta(beslutId);
        motor.getManagementService()
                .executeJob(motor.getManagementService()
                        .createJobQuery()
                        .processInstanceId(beslut.getId())
                        .singleResult()
                        .getId());
        assertThat(motor.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(beslut.getId())
                        .count())
                .isOne();

        koppling.insatsAvslutad(avslutad(beslutId));

        assertThat(motor.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(beslut.getId())
                        .count())
                .isZero();
        assertThat(motor.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(beslut.getId())
                        .activityId(END_OMPROVAT)
                        .count())
                .as("cancelled, not done")
                .isZero();
    }

    private ProcessInstance starta(UUID beslutId) {
        return motor.getRuntimeService()
                .startProcessInstanceByKey(
                        PROCESS,
                        "2026-000017",
                        Map.of("beslutId", beslutId.toString(), "omprovningPaminnelse", "2026-01-01T08:00:00"));
    }

    private static InsatsAvslutad avslutad(UUID beslutId) {
        return new InsatsAvslutad(
                beslutId, UUID.randomUUID(), "2026-000017", LocalDate.of(2026, 10, 1), Insatsslut.FLYTTAT);
    }
}
