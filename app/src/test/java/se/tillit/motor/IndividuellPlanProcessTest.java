package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.IndividuellPlanprocessen.END_INDIVIDUELL_PLAN_AVSLUTAD;
import static se.tillit.motor.IndividuellPlanprocessen.END_OMPROVNING_ESKALERAD;
import static se.tillit.motor.IndividuellPlanprocessen.MEDDELANDE_INDIVIDUELL_PLAN_AVSLUTAD;
import static se.tillit.motor.IndividuellPlanprocessen.PROCESS;
import static se.tillit.motor.IndividuellPlanprocessen.SERVICE_PAMINN_OMPROVNING;
import static se.tillit.motor.IndividuellPlanprocessen.TASK_INDIVIDUELL_PLAN_FORSENAD;
import static se.tillit.motor.IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN;
import static se.tillit.motor.IndividuellPlanprocessen.TASK_UPPRATTA_INDIVIDUELL_PLAN;
import static se.tillit.motor.IndividuellPlanprocessen.TIMER_INDIVIDUELL_PLAN_FORSENAD;
import static se.tillit.motor.IndividuellPlanprocessen.TIMER_PAMINNELSE_INDIVIDUELL_PLAN;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.timernLoserUt;

import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The LSS individuell plan (LSS 10 §, R21, C1 item 10), every path: the request starts the unit's task to draw the
 * plan up; the yearly review (table bevakningsfrist INDIVIDUELL_PLAN, twelve months from the day it was drawn up or last
 * reviewed) with its reminder (table paminnelse) and its escalation to the chef; a review starts the next year; the
 * person declines or withdraws wherever the plan is. The steps are recorded by the beslut module (IndividuellPlanSidaTest).
 */
@Processtackning(PROCESS)
@Deployment(resources = {"processes/individuellplan.bpmn", "decisions/bevakningsfrist.dmn", "decisions/paminnelse.dmn"})
class IndividuellPlanProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00");

    private final String planId = UUID.randomUUID().toString();

    @Test
    void theRequestStartsTheUnitsTaskToDrawUpThePlan() { // R21: "Requests and plans are tracked"
        ProcessInstance plan = starta();

        assertThat(plan).isWaitingAt(TASK_UPPRATTA_INDIVIDUELL_PLAN);
        // done on the decision's page; the key is resolved by the task list (UppgiftshandelserFranMotorn)
        assertThat(task(plan)).hasCandidateGroup("LSS:HANDLAGGARE").hasFormKey("/beslut/${beslutId}");
    }

    @Test
    void theDrawnUpPlanIsReviewedWithinTwelveMonthsWithAReminderAMonthBefore() { // LSS 10 §: minst en gång om året
        ProcessInstance plan = starta();
        complete(task(plan), withVariables(IndividuellPlanprocessen.VAR_INDIVIDUELL_PLAN_DATUM, "2026-03-10"));

        assertThat(plan).isWaitingAt(TASK_OMPROVA_INDIVIDUELL_PLAN);
        Assertions.assertThat(task(plan).getDueDate()).isEqualTo(tidpunkt("2027-03-10T23:59"));
        timernLoserUt(plan, TIMER_PAMINNELSE_INDIVIDUELL_PLAN, "2027-02-08T08:00");

        Assertions.assertThat(fakes.paminnelser).containsExactly("INDIVIDUELL_PLAN:2027-03-10");
        assertThat(plan).hasPassed(SERVICE_PAMINN_OMPROVNING).isWaitingAt(TASK_OMPROVA_INDIVIDUELL_PLAN);
    }

    @Test
    void aReviewNotDoneWithinTheYearEscalatesToTheChefAndStaysOverdueWithTheHandlaggare() { // LSS 10 §, C1 item 10
        ProcessInstance plan = starta();
        complete(task(plan), withVariables(IndividuellPlanprocessen.VAR_INDIVIDUELL_PLAN_DATUM, "2026-03-10"));
        timernLoserUt(plan, TIMER_INDIVIDUELL_PLAN_FORSENAD, "2027-03-11T00:00");

        Assertions.assertThat(taskQuery()
                        .taskDefinitionKey(TASK_INDIVIDUELL_PLAN_FORSENAD)
                        .singleResult())
                .isNotNull();
        assertThat(taskQuery().taskDefinitionKey(TASK_INDIVIDUELL_PLAN_FORSENAD).singleResult())
                .hasCandidateGroup("LSS:CHEF");
        // the review itself is still due, and overdue, with the handläggare (the chef's overdue view counts it)
        Assertions.assertThat(taskQuery()
                        .taskDefinitionKey(TASK_OMPROVA_INDIVIDUELL_PLAN)
                        .singleResult()
                        .getDueDate())
                .isBefore(tidpunkt("2027-03-11T00:01"));
        complete(taskQuery().taskDefinitionKey(TASK_INDIVIDUELL_PLAN_FORSENAD).singleResult());
        assertThat(plan).hasPassed(END_OMPROVNING_ESKALERAD).isWaitingAt(TASK_OMPROVA_INDIVIDUELL_PLAN);
    }

    @Test
    void eachReviewStartsTheNextYear() { // LSS 10 §: fortlöpande och minst en gång om året
        ProcessInstance plan = starta();
        complete(task(plan), withVariables(IndividuellPlanprocessen.VAR_INDIVIDUELL_PLAN_DATUM, "2026-03-10"));
        klockan("2027-01-20T10:00");

        complete(
                taskQuery().taskDefinitionKey(TASK_OMPROVA_INDIVIDUELL_PLAN).singleResult(),
                withVariables(IndividuellPlanprocessen.VAR_INDIVIDUELL_PLAN_DATUM, "2027-01-20"));

        assertThat(plan).isWaitingAt(TASK_OMPROVA_INDIVIDUELL_PLAN);
        Assertions.assertThat(taskQuery()
                        .taskDefinitionKey(TASK_OMPROVA_INDIVIDUELL_PLAN)
                        .singleResult()
                        .getDueDate())
                .isEqualTo(tidpunkt("2028-01-20T23:59"));
        Assertions.assertThat(UtredningProcessTest.timer(plan, TIMER_INDIVIDUELL_PLAN_FORSENAD)
                        .getDuedate())
                .isEqualTo(tidpunkt("2028-01-21T00:00"));
    }

    @Test
    void thePersonDecliningBeforeThePlanIsDrawnUpEndsIt() { // LSS 10 §: a plan only if the person asks for it
        ProcessInstance plan = starta();

        avsluta();

        assertThat(plan).isEnded().hasPassed(END_INDIVIDUELL_PLAN_AVSLUTAD).hasNotPassed(TASK_OMPROVA_INDIVIDUELL_PLAN);
    }

    @Test
    void thePersonWithdrawingDuringTheYearEndsTheReviewAndItsTimers() {
        ProcessInstance plan = starta();
        complete(task(plan), withVariables(IndividuellPlanprocessen.VAR_INDIVIDUELL_PLAN_DATUM, "2026-03-10"));

        avsluta();

        assertThat(plan).isEnded().hasPassed(END_INDIVIDUELL_PLAN_AVSLUTAD);
        Assertions.assertThat(taskQuery().processInstanceId(plan.getId()).count())
                .isZero();
    }

    private ProcessInstance starta() {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS,
                        "2026-000017",
                        Map.of(
                                "planId",
                                planId,
                                Beslutprocessen.VAR_BESLUT_ID,
                                UUID.randomUUID().toString(),
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                "enhet",
                                "LSS",
                                "individuellPlanBegard",
                                "2026-03-02"));
    }

    private void avsluta() {
        runtimeService()
                .createMessageCorrelation(MEDDELANDE_INDIVIDUELL_PLAN_AVSLUTAD)
                .processInstanceVariableEquals("planId", planId)
                .correlate();
    }
}
