package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static se.tillit.motor.Barnprocesserna.ANMALARINFORMATION;
import static se.tillit.motor.Barnprocesserna.MEDDELANDE_BESLUT_OM_UTREDNING_FATTAT;
import static se.tillit.motor.Barnprocesserna.RECEIVE_BESLUT_OM_UTREDNING;
import static se.tillit.motor.Barnprocesserna.TASK_ANMALARINFORMATION_FORSENAD;
import static se.tillit.motor.Barnprocesserna.TASK_INFORMERA_ANMALAREN;
import static se.tillit.motor.Barnprocesserna.TIMER_ANMALARINFORMATION_FORSENAD;
import static se.tillit.motor.Barnprocesserna.TIMER_PAMINNELSE_ANMALARINFORMATION;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.chefenKvitterarEskaleringen;
import static se.tillit.motor.SipProcessTest.timer;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Information to the reporter on request (SoL 2025:400 19 kap. 6 §; law-and-peers.md C1 item 3; issue 17), every
 * path: a week from the decision, also when the request came before it (the clock waits for the decision), at once for
 * a late request, the reminder, the escalation to the chef, done in time.
 * The request and the information given are recorded by the barn module (BarnSidaTest); here the engine alone.
 */
@Processtackning(Barnprocesserna.ANMALARINFORMATION)
@Deployment(resources = {"processes/anmalarinformation.bpmn", "decisions/barnfrister.dmn", "decisions/paminnelse.dmn"})
class AnmalarinformationProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00");

    @Test
    void theInformationIsDueAWeekAfterTheDecisionWithAReminderTwoDaysBefore() { // C1 item 3
        ProcessInstance begaran = starta("2026-03-02", false);

        assertThat(begaran)
                .isWaitingAt(TASK_INFORMERA_ANMALAREN)
                .hasPassed(Barnprocesserna.SERVICE_BERAKNA_ANMALARINFORMATIONSFRIST)
                .variables()
                .containsEntry("anmalarinformationFrist", "2026-03-09")
                .containsEntry("anmalarinformationFristKalla", "LAG");
        assertThat(task(begaran)).hasCandidateGroup("BOU:HANDLAGGARE").hasDueDate(tidpunkt("2026-03-09T23:59"));
        Assertions.assertThat(
                        timer(begaran, TIMER_PAMINNELSE_ANMALARINFORMATION).getDuedate())
                .isEqualTo(tidpunkt("2026-03-07T08:00"));
        Assertions.assertThat(timer(begaran, TIMER_ANMALARINFORMATION_FORSENAD).getDuedate())
                .isEqualTo(tidpunkt("2026-03-10T00:00"));
        Task medFormular = taskQuery()
                .processInstanceId(begaran.getId())
                .initializeFormKeys()
                .singleResult();
        Assertions.assertThat(medFormular.getFormKey())
                .as("done on the case's children page")
                .endsWith("/barn");
    }

    @Test
    void aRequestBeforeTheDecisionWaitsForItWithNoTaskAndNoTimer() { // 19 kap. 6 §, C1 item 3: the week runs from
        // the decision
        ProcessInstance begaran = starta(null, false);

        assertThat(begaran)
                .isWaitingAt(RECEIVE_BESLUT_OM_UTREDNING)
                .hasNotPassed(Barnprocesserna.SERVICE_BERAKNA_ANMALARINFORMATIONSFRIST);
        Assertions.assertThat(taskQuery().processInstanceId(begaran.getId()).count())
                .isZero();
        Assertions.assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
                        .createJobQuery()
                        .processInstanceId(begaran.getId())
                        .count())
                .as("no clock runs before the decision")
                .isZero();
    }

    @Test
    void aRequestBeforeTheDecisionIsDueAWeekAfterTheDecisionNotAfterTheRequest() { // 19 kap. 6 §, C1 item 3
        ProcessInstance begaran = starta(null, false); // asked 2026-03-02; the decision comes 2026-03-05
        klockan("2026-03-05T14:00");

        runtimeService()
                .createMessageCorrelation(MEDDELANDE_BESLUT_OM_UTREDNING_FATTAT)
                .processInstanceId(begaran.getId())
                .setVariable(Barnprocesserna.VAR_ANMALARINFORMATION_START, "2026-03-05")
                .correlate();

        assertThat(begaran)
                .isWaitingAt(TASK_INFORMERA_ANMALAREN)
                .hasPassedInOrder(RECEIVE_BESLUT_OM_UTREDNING, Barnprocesserna.SERVICE_BERAKNA_ANMALARINFORMATIONSFRIST)
                .variables()
                .containsEntry("anmalarinformationFrist", "2026-03-12");
        assertThat(task(begaran)).hasDueDate(tidpunkt("2026-03-12T23:59"));
        Assertions.assertThat(
                        timer(begaran, TIMER_PAMINNELSE_ANMALARINFORMATION).getDuedate())
                .isEqualTo(tidpunkt("2026-03-10T08:00"));
        Assertions.assertThat(timer(begaran, TIMER_ANMALARINFORMATION_FORSENAD).getDuedate())
                .isEqualTo(tidpunkt("2026-03-13T00:00"));
    }

    @Test
    void aRequestAfterTheWeekIsDueTheSameDay() { // 19 kap. 6 §: "genast"
        ProcessInstance begaran = starta("2026-03-02", true);

        assertThat(begaran)
                .isWaitingAt(TASK_INFORMERA_ANMALAREN)
                .hasPassed(Barnprocesserna.SERVICE_BERAKNA_GENASTFRIST)
                .hasNotPassed(Barnprocesserna.SERVICE_BERAKNA_ANMALARINFORMATIONSFRIST);
        assertThat(task(begaran)).hasDueDate(tidpunkt("2026-03-02T23:59"));
    }

    @Test
    void theReminderGoesToTheHandlaggareAndTheTaskStays() {
        ProcessInstance begaran = starta("2026-03-02", false);
        klockan("2026-03-07T08:00");

        execute(timer(begaran, TIMER_PAMINNELSE_ANMALARINFORMATION));

        Assertions.assertThat(fakes.paminnelser).containsExactly("ANMALARINFORMATION:2026-03-09");
        // the reminder names the clock's own task: it goes to whoever has it (Epostutskick)
        Assertions.assertThat(fakes.paminnelseuppgifter).containsExactly(TASK_INFORMERA_ANMALAREN);
        assertThat(begaran)
                .isWaitingAt(TASK_INFORMERA_ANMALAREN)
                .hasPassed(Barnprocesserna.END_ANMALARINFORMATION_PAMINND);
    }

    @Test
    void aLateRequestsReminderNamesItsOwnRow() {
        ProcessInstance begaran = starta("2026-03-02", true);
        klockan("2026-03-02T08:00");

        execute(timer(begaran, TIMER_PAMINNELSE_ANMALARINFORMATION));

        Assertions.assertThat(fakes.paminnelser).containsExactly("ANMALARINFORMATION_SEN_BEGARAN:2026-03-02");
    }

    @Test
    void informationNotGivenInTimeEscalatesToTheChefAndTheTaskStays() {
        ProcessInstance begaran = starta("2026-03-02", false);
        klockan("2026-03-10T00:00");

        execute(timer(begaran, TIMER_ANMALARINFORMATION_FORSENAD));

        chefenKvitterarEskaleringen(
                begaran,
                TASK_INFORMERA_ANMALAREN,
                TASK_ANMALARINFORMATION_FORSENAD,
                "BOU:CHEF",
                Barnprocesserna.END_ANMALARINFORMATION_ESKALERAD);
    }

    @Test
    void informationGivenInTimeEndsTheProcessAndItsTimers() {
        ProcessInstance begaran = starta("2026-03-02", false);

        complete(task(begaran));

        assertThat(begaran)
                .isEnded()
                .hasPassed(Barnprocesserna.END_ANMALAREN_INFORMERAD)
                .hasNotPassed(TASK_ANMALARINFORMATION_FORSENAD);
        Assertions.assertThat(fakes.paminnelser).isEmpty();
    }

    /** @param start the day the week runs from, or null: the decision to open an investigation or not is not taken yet */
    private static ProcessInstance starta(String start, boolean sen) {
        Map<String, Object> variabler = new HashMap<>(Map.of(
                "begaranId",
                UUID.randomUUID().toString(),
                Arendeprocessen.VAR_ARENDE_ID,
                UUID.randomUUID().toString(),
                "enhet",
                "BOU",
                Barnprocesserna.VAR_ANMALARINFORMATION_SEN,
                sen));
        variabler.put(
                Barnprocesserna.VAR_ANMALARINFORMATION_START,
                start); // as BarnprocessKoppling: null while there is no decision
        return runtimeService().startProcessInstanceByKey(ANMALARINFORMATION, "BOU-2026-1", variabler);
    }
}
