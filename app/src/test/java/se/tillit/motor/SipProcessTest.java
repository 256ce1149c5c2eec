package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.chefenKvitterarEskaleringen;
import static se.tillit.motor.Processsteg.timernLoserUt;
import static se.tillit.motor.Sipprocessen.END_SAMTYCKE_ATERKALLAT;
import static se.tillit.motor.Sipprocessen.END_SIP_AVBOJD;
import static se.tillit.motor.Sipprocessen.END_SIP_AVSLUTAD;
import static se.tillit.motor.Sipprocessen.MEDDELANDE_SAMTYCKE_ATERKALLAT;
import static se.tillit.motor.Sipprocessen.SERVICE_AVSLUTA_ATERKALLAT;
import static se.tillit.motor.Sipprocessen.SERVICE_AVSLUTA_AVBOJD;
import static se.tillit.motor.Sipprocessen.SERVICE_AVSLUTA_UPPFOLJD;
import static se.tillit.motor.Sipprocessen.START_SIP_BEGARD;
import static se.tillit.motor.Sipprocessen.TASK_FOLJA_UPP_SIP;
import static se.tillit.motor.Sipprocessen.TASK_HALLA_MOTE;
import static se.tillit.motor.Sipprocessen.TASK_INHAMTA_SAMTYCKE;
import static se.tillit.motor.Sipprocessen.TASK_KALLELSE_FORSENAD;
import static se.tillit.motor.Sipprocessen.TASK_SIP_UPPFOLJNING_FORSENAD;
import static se.tillit.motor.Sipprocessen.TASK_SKICKA_KALLELSE;
import static se.tillit.motor.Sipprocessen.TASK_UPPRATTA_PLAN;
import static se.tillit.motor.Sipprocessen.TIMER_KALLELSEFRIST_PASSERAD;
import static se.tillit.motor.Sipprocessen.TIMER_PAMINNELSE_KALLELSE;
import static se.tillit.motor.Sipprocessen.TIMER_PAMINNELSE_SIP_UPPFOLJNING;
import static se.tillit.motor.Sipprocessen.TIMER_SIP_UPPFOLJNING_FORSENAD;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SIP outside discharge, every path: the person declines (before or when asked), consent and the kallelse with its
 * deadline, reminder and escalation, several meetings before the plan, the follow-up on the plan's date with its
 * reminder and escalation, a revised plan, closing, and a withdrawn consent wherever the SIP is (R20, G11, C15, C24,
 * C52). The requests and the steps themselves are recorded by the sip module (SipApiTest); here the engine alone.
 */
@Processtackning(Sipprocessen.PROCESS)
@Deployment(resources = {"processes/sip.bpmn", "decisions/bevakningsfrist.dmn", "decisions/paminnelse.dmn"})
class SipProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00");

    private final String sipId = UUID.randomUUID().toString();

    @Test
    void aRequestWaitsForThePersonsAnswerWithTheKallelseDeadlineCountedFromTheRequest() { // R20, C15
        ProcessInstance sip = starta("EJ_TILLFRAGAD");

        assertThat(sip)
                .isWaitingAt(TASK_INHAMTA_SAMTYCKE)
                .variables()
                .containsEntry("sipKallelseFrist", "2026-03-23")
                .containsEntry("sipKallelseFristKalla", "LOKALT_MAL");
        assertThat(task(sip)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2026-03-23T23:59"));
        Task medFormular =
                taskQuery().processInstanceId(sip.getId()).initializeFormKeys().singleResult();
        Assertions.assertThat(medFormular.getFormKey())
                .as("done on the SIP's page")
                .isEqualTo("/sip/" + sipId);
    }

    @Test
    void aPersonWhoHasAlreadySaidNoIsRecordedAndTheSipClosedAtOnce() { // G11: the request is never dropped
        ProcessInstance sip = starta("NEJ");

        assertThat(sip)
                .isEnded()
                .hasPassedInOrder(START_SIP_BEGARD, SERVICE_AVSLUTA_AVBOJD, END_SIP_AVBOJD)
                .hasNotPassed(TASK_INHAMTA_SAMTYCKE);
        Assertions.assertThat(fakes.avslutadeSipar).containsExactly(sipId + ":AVBOJD");
    }

    @Test
    void aPersonWhoDeclinesWhenAskedIsRecordedAndTheSipClosed() { // R20: the person decides; G11
        ProcessInstance sip = starta("EJ_TILLFRAGAD");

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_ONSKAN, "NEJ"));

        assertThat(sip)
                .isEnded()
                .hasPassedInOrder(TASK_INHAMTA_SAMTYCKE, SERVICE_AVSLUTA_AVBOJD, END_SIP_AVBOJD)
                .hasNotPassed(TASK_SKICKA_KALLELSE);
        Assertions.assertThat(fakes.avslutadeSipar).containsExactly(sipId + ":AVBOJD");
    }

    @Test
    void withConsentTheKallelseIsDueThreeWeeksAfterTheRequestWithAReminderAWeekBefore() { // C15, C24
        ProcessInstance sip = starta("JA");

        samtycke(sip);

        assertThat(sip).isWaitingAt(TASK_SKICKA_KALLELSE);
        assertThat(task(sip)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2026-03-23T23:59"));
        Assertions.assertThat(timer(sip, TIMER_PAMINNELSE_KALLELSE).getDuedate())
                .isEqualTo(tidpunkt("2026-03-16T08:00"));
        Assertions.assertThat(timer(sip, TIMER_KALLELSEFRIST_PASSERAD).getDuedate())
                .isEqualTo(tidpunkt("2026-03-24T00:00"));
    }

    @Test
    void theKallelseReminderGoesToTheHandlaggareAndTheTaskStays() { // C15
        ProcessInstance sip = starta("EJ_TILLFRAGAD");
        samtycke(sip);
        klockan("2026-03-16T08:00");

        execute(timer(sip, TIMER_PAMINNELSE_KALLELSE));

        Assertions.assertThat(fakes.paminnelser).containsExactly("SIP_KALLELSE:2026-03-23");
        assertThat(sip).isWaitingAt(TASK_SKICKA_KALLELSE).hasPassed(Sipprocessen.END_KALLELSE_PAMINND);
    }

    @Test
    void aKallelseNotSentInTimeEscalatesToTheChefAndTheTaskStays() { // C15
        ProcessInstance sip = starta("EJ_TILLFRAGAD");
        samtycke(sip);
        klockan("2026-03-24T00:00");

        execute(timer(sip, TIMER_KALLELSEFRIST_PASSERAD));

        chefenKvitterarEskaleringen(
                sip, TASK_SKICKA_KALLELSE, TASK_KALLELSE_FORSENAD, "LSS:CHEF", Sipprocessen.END_KALLELSE_ESKALERAD);
    }

    @Test
    void severalMeetingsBeforeThePlanEachDueOnItsDay() { // R20: meetings with participants, C52
        ProcessInstance sip = starta("JA");
        samtycke(sip);

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_MOTESDATUM, "2026-03-12"));
        assertThat(sip).isWaitingAt(TASK_HALLA_MOTE);
        assertThat(task(sip)).hasDueDate(tidpunkt("2026-03-12T23:59"));

        complete(
                task(sip),
                withVariables(Sipprocessen.VAR_SIP_FLER_MOTEN, true, Sipprocessen.VAR_SIP_MOTESDATUM, "2026-04-02"));
        assertThat(sip).isWaitingAt(TASK_HALLA_MOTE);
        assertThat(task(sip)).hasDueDate(tidpunkt("2026-04-02T23:59"));

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_FLER_MOTEN, false));
        assertThat(sip)
                .isWaitingAt(TASK_UPPRATTA_PLAN)
                .hasPassedInOrder(TASK_SKICKA_KALLELSE, TASK_HALLA_MOTE, Sipprocessen.GATEWAY_FLER_MOTEN);
        Assertions.assertThat(historik(sip, TASK_HALLA_MOTE)).as("two meetings").isEqualTo(2);
    }

    @Test
    void thePlansFollowUpIsDueOnItsDateWithAReminderTwoWeeksBefore() { // C52
        ProcessInstance sip = tillPlan();

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));

        assertThat(sip).isWaitingAt(TASK_FOLJA_UPP_SIP);
        assertThat(task(sip)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2026-09-15T23:59"));
        timernLoserUt(sip, TIMER_PAMINNELSE_SIP_UPPFOLJNING, "2026-09-01T08:00");
        Assertions.assertThat(fakes.paminnelser).containsExactly("SIP_UPPFOLJNING:2026-09-15");
        assertThat(sip).isWaitingAt(TASK_FOLJA_UPP_SIP).hasPassed(Sipprocessen.END_SIP_UPPFOLJNING_PAMINND);
    }

    @Test
    void aFollowUpNotDoneOnItsDateEscalatesToTheChef() { // C52
        ProcessInstance sip = tillPlan();
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));
        klockan("2026-09-16T00:00");

        execute(timer(sip, TIMER_SIP_UPPFOLJNING_FORSENAD));

        Task eskalering =
                taskQuery().taskDefinitionKey(TASK_SIP_UPPFOLJNING_FORSENAD).singleResult();
        assertThat(eskalering).hasCandidateGroup("LSS:CHEF");
        complete(eskalering);
        assertThat(sip).hasPassed(Sipprocessen.END_SIP_UPPFOLJNING_ESKALERAD).isWaitingAt(TASK_FOLJA_UPP_SIP);
    }

    @Test
    void aFollowUpLeadsToARevisedPlanWithANewDateAndThenToClosing() { // C52, R20
        ProcessInstance sip = tillPlan();
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSRESULTAT, "REVIDERA"));
        assertThat(sip).isWaitingAt(TASK_UPPRATTA_PLAN);
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2027-03-15"));
        assertThat(task(sip)).hasDueDate(tidpunkt("2027-03-15T23:59"));

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSRESULTAT, "AVSLUTA"));
        assertThat(sip).isEnded().hasPassedInOrder(TASK_FOLJA_UPP_SIP, SERVICE_AVSLUTA_UPPFOLJD, END_SIP_AVSLUTAD);
        Assertions.assertThat(historik(sip, TASK_UPPRATTA_PLAN))
                .as("the plan and its revision")
                .isEqualTo(2);
        Assertions.assertThat(fakes.avslutadeSipar).containsExactly(sipId + ":UPPFOLJD");
    }

    @Test
    void aWithdrawnConsentEndsTheSipBetweenMeetings() { // C24: nothing shared from the withdrawal on
        ProcessInstance sip = starta("JA");
        samtycke(sip);
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_MOTESDATUM, "2026-03-12"));

        aterkalla(sip);

        assertThat(sip)
                .isEnded()
                .hasPassedInOrder(
                        Sipprocessen.START_SAMTYCKE_ATERKALLAT, SERVICE_AVSLUTA_ATERKALLAT, END_SAMTYCKE_ATERKALLAT)
                .hasNotPassed(TASK_UPPRATTA_PLAN);
        Assertions.assertThat(taskQuery().processInstanceId(sip.getId()).count())
                .isZero();
        Assertions.assertThat(fakes.avslutadeSipar).containsExactly(sipId + ":SAMTYCKE_ATERKALLAT");
    }

    @Test
    void aWithdrawnConsentAlsoEndsAPlanInForceWithItsTimersAndTheChefsEscalation() { // C24
        ProcessInstance sip = tillPlan();
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));
        klockan("2026-09-16T00:00");
        execute(timer(sip, TIMER_SIP_UPPFOLJNING_FORSENAD));

        aterkalla(sip);

        assertThat(sip).isEnded().hasPassed(END_SAMTYCKE_ATERKALLAT).hasNotPassed(END_SIP_AVSLUTAD);
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(sip.getId())
                        .count())
                .isZero();
        Assertions.assertThat(taskQuery().processInstanceId(sip.getId()).count())
                .isZero();
    }

    private ProcessInstance starta(String onskan) {
        return runtimeService()
                .startProcessInstanceByKey(
                        Sipprocessen.PROCESS,
                        "2026-000001",
                        withVariables(
                                Sipprocessen.VAR_SIP_ID,
                                sipId,
                                "personId",
                                UUID.randomUUID().toString(),
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                "enhet",
                                "LSS",
                                Sipprocessen.VAR_SIP_ONSKAN,
                                onskan,
                                "sipBegard",
                                "2026-03-02"));
    }

    private static void samtycke(ProcessInstance sip) {
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_ONSKAN, "JA"));
    }

    private ProcessInstance tillPlan() {
        ProcessInstance sip = starta("JA");
        samtycke(sip);
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_MOTESDATUM, "2026-03-12"));
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_FLER_MOTEN, false));
        assertThat(sip).isWaitingAt(TASK_UPPRATTA_PLAN);
        return sip;
    }

    private static void aterkalla(ProcessInstance sip) {
        runtimeService()
                .createMessageCorrelation(MEDDELANDE_SAMTYCKE_ATERKALLAT)
                .processInstanceId(sip.getId())
                .setVariable("sipSamtyckeAterkallat", "2026-03-10")
                .correlate();
    }

    private static long historik(ProcessInstance sip, String aktivitet) {
        return historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(sip.getId())
                .activityId(aktivitet)
                .count();
    }

    static Job timer(ProcessInstance instance, String boundaryEvent) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(boundaryEvent)
                .singleResult();
    }
}
