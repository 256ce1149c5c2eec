package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.timernLoserUt;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Förvaltningslagen 12 §: a request for a decision is answered within four weeks of its arrival (table bevakningsfrist
 * BEGARAN_OM_AVGORANDE), with a reminder a week before (table paminnelse) and the chef told when it has passed.
 */
@Processtackning(BegaranOmAvgorandeprocessen.PROCESS)
@Deployment(
        resources = {"processes/begaranOmAvgorande.bpmn", "decisions/bevakningsfrist.dmn", "decisions/paminnelse.dmn"})
class BegaranOmAvgorandeProcessTest {

    static final String PROCESS = BegaranOmAvgorandeprocessen.PROCESS;
    static final String TASK_AVGORA = BegaranOmAvgorandeprocessen.TASK_AVGORA_ELLER_AVSLA;
    static final String TASK_FORSENAD = BegaranOmAvgorandeprocessen.TASK_BEGARAN_FORSENAD;

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:15");

    private final String arendeId = UUID.randomUUID().toString();

    @Test
    void theAnswerIsDueFourWeeksAfterTheRequestCameInAndIsGivenOnTheCasePage() {
        ProcessInstance begaran = starta("2026-03-02");

        assertThat(begaran)
                .isWaitingAt(TASK_AVGORA)
                .variables()
                .containsEntry("begaranFrist", "2026-03-30")
                .containsEntry("begaranFristKalla", "LAG");
        assertThat(task(begaran)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2026-03-30T23:59"));
        Assertions.assertThat(formService().getTaskFormKey(task(begaran).getProcessDefinitionId(), TASK_AVGORA))
                .as("the task list sends the handläggare to the case's page for the request")
                .isEqualTo("/arenden/${arendeId}/begaran-om-avgorande");

        complete(task(begaran));

        assertThat(begaran)
                .isEnded()
                .hasPassed(TASK_AVGORA, BegaranOmAvgorandeprocessen.END_BESVARAD)
                .hasNotPassed(TASK_FORSENAD);
    }

    @Test
    void aReminderComesAWeekBeforeTheLastDay() {
        ProcessInstance begaran = starta("2026-03-02");
        timernLoserUt(begaran, BegaranOmAvgorandeprocessen.TIMER_PAMINNELSE_BEGARAN, "2026-03-23T08:00");

        Assertions.assertThat(fakes.paminnelser).containsExactly("BEGARAN_OM_AVGORANDE:2026-03-30");
        assertThat(begaran)
                .hasPassed(BegaranOmAvgorandeprocessen.END_BEGARAN_PAMINND)
                .isWaitingAt(TASK_AVGORA);
    }

    @Test
    void fourWeeksPassedGoesToTheChefWhileTheRequestStaysWithTheHandlaggare() {
        ProcessInstance begaran = starta("2026-03-02");
        timernLoserUt(begaran, BegaranOmAvgorandeprocessen.TIMER_BEGARAN_FORSENAD, "2026-03-31T00:00");

        assertThat(begaran).isWaitingAt(TASK_AVGORA, TASK_FORSENAD);
        assertThat(taskQuery().taskDefinitionKey(TASK_FORSENAD).singleResult()).hasCandidateGroup("LSS:CHEF");
        complete(taskQuery().taskDefinitionKey(TASK_FORSENAD).singleResult());
        assertThat(begaran)
                .hasPassed(BegaranOmAvgorandeprocessen.END_BEGARAN_ESKALERAD)
                .isWaitingAt(TASK_AVGORA);
        complete(taskQuery().taskDefinitionKey(TASK_AVGORA).singleResult());
        assertThat(begaran).isEnded();
    }

    private ProcessInstance starta(String inkom) {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS,
                        "2026-000412",
                        withVariables(
                                "begaranId",
                                UUID.randomUUID().toString(),
                                Arendeprocessen.VAR_ARENDE_ID,
                                arendeId,
                                "enhet",
                                "LSS",
                                "begaranInkom",
                                inkom));
    }
}
