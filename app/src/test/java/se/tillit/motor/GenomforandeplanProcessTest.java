package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static se.tillit.motor.Genomforandeplanprocessen.END_GENOMFORANDEPLAN_FASTSTALLD;
import static se.tillit.motor.Genomforandeplanprocessen.END_GENOMFORANDEPLAN_PAMINND;
import static se.tillit.motor.Genomforandeplanprocessen.PROCESS;
import static se.tillit.motor.Genomforandeplanprocessen.TASK_GENOMFORANDEPLAN_FORSENAD;
import static se.tillit.motor.Genomforandeplanprocessen.TASK_UPPRATTA_GENOMFORANDEPLAN;
import static se.tillit.motor.Genomforandeplanprocessen.TIMER_GENOMFORANDEPLAN_MAL_PASSERAT;
import static se.tillit.motor.Genomforandeplanprocessen.TIMER_PAMINNELSE_GENOMFORANDEPLAN;
import static se.tillit.motor.Processfakes.tidpunkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The genomförandeplan (R18; SOSFS 2014:5 6 kap., HSLF-FS 2016:89): after the start of an insats its provider writes the
 * plan with the person, within a local target per insats (table genomforandeplanfrist) counted from the start date; a
 * week before it the provider is reminded (table paminnelse), and when it has passed the ordering unit's chef gets a
 * task while the plan is still written. Setting the plan ends the process, the chef's task with it.
 */
@Processtackning(PROCESS)
@Deployment(
        resources = {
            "processes/genomforandeplan.bpmn",
            "decisions/genomforandeplanfrist.dmn",
            "decisions/paminnelse.dmn"
        })
class GenomforandeplanProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00"); // a Monday morning

    /** What the motor's reminder delegate would publish: bevakning, deadline and the provider unit. */
    final List<String> paminnelser = new ArrayList<>();

    @BeforeEach
    void paminnelsen() {
        Mocks.register("genomforandeplanPaminnelseUtskick", (JavaDelegate) execution ->
                paminnelser.add(execution.getVariableLocal("bevakning") + ":" + execution.getVariableLocal("frist")
                        + ":" + execution.getVariable(Genomforandeplanprocessen.VAR_UTFORARE)));
    }

    @Test
    void aPlanSetInTimeEndsTheProcessWithoutReminderOrEscalation() { // R18
        ProcessInstance plan = starta("LSS_BOSTAD_SARSKILD_SERVICE", "2026-03-02");

        assertThat(plan).isWaitingAt(TASK_UPPRATTA_GENOMFORANDEPLAN);
        assertThat(task(TASK_UPPRATTA_GENOMFORANDEPLAN, plan))
                .hasCandidateGroup("UTF-SOLROSEN:UTFORARE")
                .hasFormKey(
                        "/bestallningar/${beslutId}/genomforandeplan"); // the order's plan page, resolved by the task
        // list
        Assertions.assertThat(task(TASK_UPPRATTA_GENOMFORANDEPLAN, plan).getDueDate())
                .as("six weeks from the move-in, the end of that day")
                .isEqualTo(tidpunkt("2026-04-13T23:59"));
        Assertions.assertThat(UtredningProcessTest.timer(plan, TIMER_PAMINNELSE_GENOMFORANDEPLAN)
                        .getDuedate())
                .as("a week before, 08:00")
                .isEqualTo(tidpunkt("2026-04-06T08:00"));
        Assertions.assertThat(UtredningProcessTest.timer(plan, TIMER_GENOMFORANDEPLAN_MAL_PASSERAT)
                        .getDuedate())
                .as("midnight after the target")
                .isEqualTo(tidpunkt("2026-04-14T00:00"));

        complete(task(TASK_UPPRATTA_GENOMFORANDEPLAN, plan));

        assertThat(plan)
                .isEnded()
                .hasPassedInOrder(TASK_UPPRATTA_GENOMFORANDEPLAN, END_GENOMFORANDEPLAN_FASTSTALLD)
                .hasNotPassed(
                        Genomforandeplanprocessen.SERVICE_PAMINN_GENOMFORANDEPLAN, TASK_GENOMFORANDEPLAN_FORSENAD);
        Assertions.assertThat(paminnelser).isEmpty();
    }

    @Test
    void theProviderIsRemindedAWeekBeforeTheTargetAndTheTaskStays() { // R18, table paminnelse
        ProcessInstance plan = starta("SOL_HEMTJANST", "2026-03-02");

        execute(UtredningProcessTest.timer(plan, TIMER_PAMINNELSE_GENOMFORANDEPLAN));

        Assertions.assertThat(paminnelser).containsExactly("GENOMFORANDEPLAN:2026-03-23:UTF-SOLROSEN");
        assertThat(plan).isWaitingAt(TASK_UPPRATTA_GENOMFORANDEPLAN).hasPassed(END_GENOMFORANDEPLAN_PAMINND);
        complete(task(TASK_UPPRATTA_GENOMFORANDEPLAN, plan));
        assertThat(plan).isEnded().hasNotPassed(TASK_GENOMFORANDEPLAN_FORSENAD);
    }

    @Test
    void whenTheTargetPassesTheOrderingUnitsChefGetsATaskUntilThePlanIsSet() { // R18, like every other deadline
        ProcessInstance plan = starta("SOL_HEMTJANST", "2026-03-02");
        execute(UtredningProcessTest.timer(plan, TIMER_PAMINNELSE_GENOMFORANDEPLAN));

        execute(UtredningProcessTest.timer(plan, TIMER_GENOMFORANDEPLAN_MAL_PASSERAT));

        assertThat(plan).isWaitingAt(TASK_UPPRATTA_GENOMFORANDEPLAN, TASK_GENOMFORANDEPLAN_FORSENAD);
        assertThat(task(TASK_GENOMFORANDEPLAN_FORSENAD, plan)).hasCandidateGroup("LSS:CHEF");
        Assertions.assertThat(task(TASK_GENOMFORANDEPLAN_FORSENAD, plan).getDueDate())
                .as("overdue since the target: the chef's overdue view")
                .isEqualTo(tidpunkt("2026-03-23T23:59"));
        complete(task(TASK_UPPRATTA_GENOMFORANDEPLAN, plan));
        assertThat(plan).isEnded().hasPassed(END_GENOMFORANDEPLAN_FASTSTALLD);
        Assertions.assertThat(taskQuery().processInstanceId(plan.getId()).count())
                .as("the chef's task ends with the plan")
                .isZero();
    }

    @Test
    void theChefMayAcknowledgeTheEscalationWhileThePlanIsStillWritten() {
        ProcessInstance plan = starta("LSS_DAGLIG_VERKSAMHET", "2026-02-01");
        execute(UtredningProcessTest.timer(plan, TIMER_GENOMFORANDEPLAN_MAL_PASSERAT));

        complete(task(TASK_GENOMFORANDEPLAN_FORSENAD, plan));

        assertThat(plan)
                .isWaitingAt(TASK_UPPRATTA_GENOMFORANDEPLAN)
                .hasPassed(Genomforandeplanprocessen.END_GENOMFORANDEPLAN_CHEF_UNDERRATTAD);
        complete(task(TASK_UPPRATTA_GENOMFORANDEPLAN, plan));
        assertThat(plan).isEnded();
    }

    @Test
    void anInsatsEndedBeforeItsPlanEndsTheProcessTheChefsTaskAndTheTimersWithIt() { // issue 17: avslut of an insats
        ProcessInstance plan = starta("SOL_HEMTJANST", "2026-03-02");
        execute(UtredningProcessTest.timer(plan, TIMER_GENOMFORANDEPLAN_MAL_PASSERAT));
        assertThat(plan).isWaitingAt(TASK_UPPRATTA_GENOMFORANDEPLAN, TASK_GENOMFORANDEPLAN_FORSENAD);

        runtimeService()
                .createMessageCorrelation(Beslutprocessen.MEDDELANDE_INSATS_AVSLUTAD)
                .processInstanceVariableEquals(
                        Beslutprocessen.VAR_BESLUT_ID,
                        runtimeService().getVariable(plan.getId(), Beslutprocessen.VAR_BESLUT_ID))
                .correlateAllWithResult();

        assertThat(plan)
                .isEnded()
                .hasPassed(Genomforandeplanprocessen.END_PLANEN_BEHOVS_INTE)
                .hasNotPassed(END_GENOMFORANDEPLAN_FASTSTALLD);
        Assertions.assertThat(taskQuery().processInstanceId(plan.getId()).count())
                .isZero();
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(plan.getId())
                        .count())
                .isZero();
    }

    @Test
    void theProcessCarriesIdsDatesAndTheTablesSourceNeverThePlan() { // decision 2
        ProcessInstance plan = starta("LSS_KORTTIDSVISTELSE", "2026-03-02");

        Assertions.assertThat(runtimeService().getVariables(plan.getId()).keySet())
                .containsOnly(
                        "beslutId",
                        Arendeprocessen.VAR_ARENDE_ID,
                        "personId",
                        "enhet",
                        Genomforandeplanprocessen.VAR_UTFORARE,
                        "insatstyp",
                        Genomforandeplanprocessen.VAR_VERKSTALLD_DATUM,
                        "genomforandeplanFrist",
                        "genomforandeplanForfaller",
                        "genomforandeplanPasserad",
                        "genomforandeplanPaminnelse",
                        "genomforandeplanFristKalla",
                        "genomforandeplanDagberakning",
                        "genomforandeplanForlangningMojlig");
        Assertions.assertThat(runtimeService().getVariable(plan.getId(), "genomforandeplanFristKalla"))
                .isEqualTo("LOKALT_MAL");
        Assertions.assertThat(runtimeService().getVariable(plan.getId(), "genomforandeplanFrist"))
                .isEqualTo("2026-03-30");
    }

    private static ProcessInstance starta(String insatstyp, String verkstalld) {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS,
                        "2026-000017",
                        Map.of(
                                Beslutprocessen.VAR_BESLUT_ID,
                                UUID.randomUUID().toString(),
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                "personId",
                                UUID.randomUUID().toString(),
                                "enhet",
                                "LSS",
                                Genomforandeplanprocessen.VAR_UTFORARE,
                                "UTF-SOLROSEN",
                                "insatstyp",
                                insatstyp,
                                Genomforandeplanprocessen.VAR_VERKSTALLD_DATUM,
                                verkstalld));
    }
}
