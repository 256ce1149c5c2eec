package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Forhandsbedomningsprocessen.END_FORHANDSBEDOMD;
import static se.tillit.motor.Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING;
import static se.tillit.motor.Forhandsbedomningsprocessen.TASK_FORHANDSBEDOMNING_FORSENAD;
import static se.tillit.motor.Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING;
import static se.tillit.motor.Forhandsbedomningsprocessen.TASK_SKYDDSBEDOMNING_FORSENAD;
import static se.tillit.motor.Forhandsbedomningsprocessen.TIMER_FORHANDSBEDOMNING_FRIST_PASSERAD;
import static se.tillit.motor.Forhandsbedomningsprocessen.TIMER_SKYDDSBEDOMNING_FORSENAD;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.chefenKvitterarEskaleringen;
import static se.tillit.motor.Processsteg.timernLoserUt;
import static se.tillit.motor.UtredningProcessTest.timer;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An anmälan about a child: skyddsbedömning the same day (C1), decision within 14 days (C2). */
@Processtackning(Forhandsbedomningsprocessen.PROCESS)
@Deployment(
        resources = {
            "processes/forhandsbedomning.bpmn",
            "decisions/bevakningsfrist.dmn",
            "decisions/paminnelse.dmn",
            "forms/aktualisering-bedomning.form",
            "forms/skyddsbedomning.form"
        })
class ForhandsbedomningProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-06-05T14:45");

    @Test
    void theSkyddsbedomningIsDueTheSameDayAndGoesToTheChefAtMidnight() { // C1
        ProcessInstance anmalan = starta();
        assertThat(anmalan).isWaitingAt(TASK_OMEDELBAR_SKYDDSBEDOMNING);
        assertThat(task(anmalan)).hasCandidateGroup("BOU:HANDLAGGARE").hasDueDate(tidpunkt("2026-06-05T23:59"));
        klockan("2026-06-06T00:00");

        execute(timer(anmalan, TIMER_SKYDDSBEDOMNING_FORSENAD));

        chefenKvitterarEskaleringen(
                anmalan,
                TASK_OMEDELBAR_SKYDDSBEDOMNING,
                TASK_SKYDDSBEDOMNING_FORSENAD,
                "BOU:CHEF",
                Forhandsbedomningsprocessen.END_SKYDDSBEDOMNING_ESKALERAD);
    }

    @Test
    void theDecisionIsDueFourteenDaysAfterTheAnmalanWithAReminderThreeDaysBefore() { // C2
        ProcessInstance anmalan = starta();
        complete(task(anmalan));

        assertThat(anmalan)
                .isWaitingAt(TASK_BESLUTA_OM_UTREDNING)
                .variables()
                .containsEntry("forhandsbedomningFrist", "2026-06-19");
        assertThat(task(anmalan)).hasDueDate(tidpunkt("2026-06-19T23:59"));
        timernLoserUt(anmalan, Forhandsbedomningsprocessen.TIMER_PAMINNELSE_FORHANDSBEDOMNING, "2026-06-16T08:00");

        Assertions.assertThat(fakes.paminnelser).containsExactly("FORHANDSBEDOMNING:2026-06-19");
        assertThat(anmalan).hasPassed(Forhandsbedomningsprocessen.END_PAMINND).isWaitingAt(TASK_BESLUTA_OM_UTREDNING);
    }

    @Test
    void pastFourteenDaysTheChefIsTold() {
        ProcessInstance anmalan = starta();
        complete(task(anmalan));
        klockan("2026-06-20T00:00");

        execute(timer(anmalan, TIMER_FORHANDSBEDOMNING_FRIST_PASSERAD));

        chefenKvitterarEskaleringen(
                anmalan,
                TASK_BESLUTA_OM_UTREDNING,
                TASK_FORHANDSBEDOMNING_FORSENAD,
                "BOU:CHEF",
                Forhandsbedomningsprocessen.END_FORHANDSBEDOMNING_ESKALERAD);
    }

    @Test
    void aForlangningMovesTheDeadline() { // C2: only with a recorded reason, which the use case stores first
        ProcessInstance anmalan = starta();
        complete(task(anmalan));

        runtimeService()
                .createMessageCorrelation(Forhandsbedomningsprocessen.MEDDELANDE_FORHANDSBEDOMNING_FORLANGD)
                .processInstanceId(anmalan.getId())
                .setVariable(Forhandsbedomningsprocessen.VAR_FORHANDSBEDOMNING_FRIST, "2026-06-26")
                .correlate();

        assertThat(anmalan).isWaitingAt(TASK_BESLUTA_OM_UTREDNING);
        assertThat(task(anmalan)).hasDueDate(tidpunkt("2026-06-26T23:59"));
        Assertions.assertThat(
                        timer(anmalan, TIMER_FORHANDSBEDOMNING_FRIST_PASSERAD).getDuedate())
                .isEqualTo(tidpunkt("2026-06-27T00:00"));
    }

    @Test
    void theDecisionEndsTheForhandsbedomningWithItsOutcome() {
        ProcessInstance anmalan = starta();
        complete(task(anmalan));

        complete(
                task(anmalan),
                withVariables(
                        Forhandsbedomningsprocessen.VAR_BEDOMNING,
                        "LEDER_TILL_UTREDNING",
                        "motivering",
                        "Oro för barnets hälsa"));

        assertThat(anmalan)
                .isEnded()
                .hasPassedInOrder(TASK_OMEDELBAR_SKYDDSBEDOMNING, TASK_BESLUTA_OM_UTREDNING, END_FORHANDSBEDOMD)
                .variables()
                .containsEntry("bedomning", "LEDER_TILL_UTREDNING");
    }

    /**
     * The bug of issue 17: the chef had not yet acknowledged the escalation of a late skyddsbedömning when the handläggare
     * decided the förhandsbedömning, and the process waited for the chef, so its caller (aktualisering) held the outcome
     * and with it the reporter's week (anmalarinformation) and the investigation. The decision ends the förhandsbedömning
     * at once, and the escalation with it: the skyddsbedömning it asked for is done (the decision comes after it).
     */
    @Test
    void anOpenEscalationOfALateSkyddsbedomningDoesNotHoldTheOutcome() { // C1, C2; issue 17
        ProcessInstance anmalan = starta();
        klockan("2026-06-06T00:00");
        execute(timer(anmalan, TIMER_SKYDDSBEDOMNING_FORSENAD));
        klockan("2026-06-08T09:00");
        complete(uppgift(
                anmalan, TASK_OMEDELBAR_SKYDDSBEDOMNING)); // done late; the chef has not acknowledged the escalation
        assertThat(anmalan).isWaitingAt(TASK_BESLUTA_OM_UTREDNING, TASK_SKYDDSBEDOMNING_FORSENAD);

        complete(
                uppgift(anmalan, TASK_BESLUTA_OM_UTREDNING),
                withVariables(
                        Forhandsbedomningsprocessen.VAR_BEDOMNING,
                        "LEDER_INTE_TILL_UTREDNING",
                        "motivering",
                        "Skolan stöttar"));

        assertThat(anmalan)
                .isEnded()
                .hasPassed(END_FORHANDSBEDOMD)
                .hasNotPassed(Forhandsbedomningsprocessen.END_SKYDDSBEDOMNING_ESKALERAD)
                .variables()
                .containsEntry("bedomning", "LEDER_INTE_TILL_UTREDNING");
        Assertions.assertThat(taskQuery().processInstanceId(anmalan.getId()).count())
                .as("the escalation ended with it")
                .isZero();
    }

    /** The same for the chef's escalation of the 14 days: the decision ends it, late as it is (C40 counts it late). */
    @Test
    void anOpenEscalationOfThePassedFourteenDaysDoesNotHoldTheOutcome() { // C2; issue 17
        ProcessInstance anmalan = starta();
        complete(uppgift(anmalan, TASK_OMEDELBAR_SKYDDSBEDOMNING));
        klockan("2026-06-20T00:00");
        execute(timer(anmalan, TIMER_FORHANDSBEDOMNING_FRIST_PASSERAD));
        assertThat(anmalan).isWaitingAt(TASK_BESLUTA_OM_UTREDNING, TASK_FORHANDSBEDOMNING_FORSENAD);

        complete(
                uppgift(anmalan, TASK_BESLUTA_OM_UTREDNING),
                withVariables(Forhandsbedomningsprocessen.VAR_BEDOMNING, "LEDER_TILL_UTREDNING", "motivering", "Oro"));

        assertThat(anmalan)
                .isEnded()
                .hasPassed(END_FORHANDSBEDOMD)
                .hasNotPassed(Forhandsbedomningsprocessen.END_FORHANDSBEDOMNING_ESKALERAD);
        Assertions.assertThat(taskQuery().processInstanceId(anmalan.getId()).count())
                .isZero();
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(anmalan.getId())
                        .count())
                .as("no timer left either")
                .isZero();
    }

    private static org.camunda.bpm.engine.task.Task uppgift(ProcessInstance anmalan, String uppgift) {
        return taskQuery()
                .processInstanceId(anmalan.getId())
                .taskDefinitionKey(uppgift)
                .singleResult();
    }

    private static ProcessInstance starta() {
        return runtimeService()
                .startProcessInstanceByKey(
                        Forhandsbedomningsprocessen.PROCESS,
                        "2026-000002",
                        withVariables(
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                Utredningsprocessen.VAR_ARENDETYP,
                                "BARN_OCH_UNGA",
                                "enhet",
                                "BOU",
                                "inkom",
                                "2026-06-05T14:30+02:00"));
    }
}
