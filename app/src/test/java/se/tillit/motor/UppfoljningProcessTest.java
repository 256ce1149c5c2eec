package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Yearly follow-up with a reminder 30 days before and an escalation when overdue (R15, T02). */
@Processtackning(Uppfoljningsprocessen.PROCESS)
@Deployment(
        resources = {
            "processes/uppfoljning.bpmn",
            "decisions/bevakningsfrist.dmn",
            "decisions/paminnelse.dmn",
            "forms/uppfoljning.form"
        })
class UppfoljningProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T09:00");

    @Test
    void theFollowUpIsDueAYearAfterExecutionWithAReminderThirtyDaysBefore() {
        ProcessInstance uppfoljning = starta();

        assertThat(uppfoljning).isWaitingAt(Uppfoljningsprocessen.TASK_FOLJA_UPP);
        assertThat(task(uppfoljning)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2027-03-02T23:59"));
        Assertions.assertThat(
                        UtredningProcessTest.timer(uppfoljning, Uppfoljningsprocessen.TIMER_PAMINNELSE_UPPFOLJNING)
                                .getDuedate())
                .isEqualTo(tidpunkt("2027-01-31T08:00"));
        klockan("2027-01-31T08:00");
        execute(UtredningProcessTest.timer(uppfoljning, Uppfoljningsprocessen.TIMER_PAMINNELSE_UPPFOLJNING));
        Assertions.assertThat(fakes.paminnelser).containsExactly("UPPFOLJNING:2027-03-02");
        assertThat(uppfoljning).hasPassed(Uppfoljningsprocessen.END_UPPFOLJNING_PAMINND);
    }

    @Test
    void anOverdueFollowUpGoesToTheChef() {
        ProcessInstance uppfoljning = starta();
        klockan("2027-03-03T00:00");

        execute(UtredningProcessTest.timer(uppfoljning, Uppfoljningsprocessen.TIMER_UPPFOLJNING_FORSENAD));

        org.camunda.bpm.engine.task.Task forsenad = taskQuery()
                .taskDefinitionKey(Uppfoljningsprocessen.TASK_UPPFOLJNING_FORSENAD)
                .singleResult();
        assertThat(forsenad).hasCandidateGroup("LSS:CHEF");
        complete(forsenad);
        assertThat(uppfoljning)
                .hasPassed(Uppfoljningsprocessen.END_UPPFOLJNING_ESKALERAD)
                .isWaitingAt(Uppfoljningsprocessen.TASK_FOLJA_UPP);
    }

    @Test
    void aContinuedInsatsIsFollowedUpAgainAYearAfterThisFollowUp() { // R15
        ProcessInstance uppfoljning = starta();
        klockan("2027-02-20T10:00");

        complete(
                task(uppfoljning),
                withVariables(Uppfoljningsprocessen.VAR_RESULTAT, "FORTSATT", "anteckning", "Insatsen fungerar väl"));

        assertThat(uppfoljning).isWaitingAt(Uppfoljningsprocessen.TASK_FOLJA_UPP);
        Assertions.assertThat(fakes.genomfordaUppfoljningar).containsExactly("FORTSATT:2027-02-20");
        Assertions.assertThat(fakes.planeradeUppfoljningar).containsExactly("2027-03-02", "2028-02-20");
    }

    @Test
    void aFollowUpCanCallForANewDecision() {
        ProcessInstance uppfoljning = starta();

        complete(
                task(uppfoljning),
                withVariables(Uppfoljningsprocessen.VAR_RESULTAT, "NYTT_BESLUT", "anteckning", "Behovet har ökat"));

        assertThat(uppfoljning).isEnded().hasPassed(Uppfoljningsprocessen.END_NYTT_BESLUT);
    }

    @Test
    void aFollowUpCanEndTheInsats() {
        ProcessInstance uppfoljning = starta();

        complete(
                task(uppfoljning),
                withVariables(Uppfoljningsprocessen.VAR_RESULTAT, "AVSLUT", "anteckning", "Målen är uppnådda"));

        assertThat(uppfoljning).isEnded().hasPassed(Uppfoljningsprocessen.END_AVSLUT);
    }

    private static ProcessInstance starta() {
        return runtimeService()
                .startProcessInstanceByKey(
                        Uppfoljningsprocessen.PROCESS,
                        "2026-000006",
                        withVariables(
                                Beslutprocessen.VAR_BESLUT_ID,
                                UUID.randomUUID().toString(),
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                "enhet",
                                "LSS",
                                Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                                "2026-03-02"));
    }
}
