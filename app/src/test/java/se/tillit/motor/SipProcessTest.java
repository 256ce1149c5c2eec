package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
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

    static final String START = Sipprocessen.START_SIP_BEGARD;
    static final String TASK_SAMTYCKE = Sipprocessen.TASK_INHAMTA_SAMTYCKE;
    static final String TASK_KALLELSE = Sipprocessen.TASK_SKICKA_KALLELSE;
    static final String TASK_MOTE = Sipprocessen.TASK_HALLA_MOTE;
    static final String TASK_PLAN = Sipprocessen.TASK_UPPRATTA_PLAN;
    static final String TASK_UPPFOLJNING = Sipprocessen.TASK_FOLJA_UPP_SIP;
    static final String TASK_KALLELSE_FORSENAD = Sipprocessen.TASK_KALLELSE_FORSENAD;
    static final String TASK_UPPFOLJNING_FORSENAD = Sipprocessen.TASK_SIP_UPPFOLJNING_FORSENAD;
    static final String TIMER_PAMINNELSE_KALLELSE = Sipprocessen.TIMER_PAMINNELSE_KALLELSE;
    static final String TIMER_KALLELSEFRIST = Sipprocessen.TIMER_KALLELSEFRIST_PASSERAD;
    static final String TIMER_PAMINNELSE_UPPFOLJNING = Sipprocessen.TIMER_PAMINNELSE_SIP_UPPFOLJNING;
    static final String TIMER_UPPFOLJNING_FORSENAD = Sipprocessen.TIMER_SIP_UPPFOLJNING_FORSENAD;
    static final String SERVICE_AVSLUTA_AVBOJD = Sipprocessen.SERVICE_AVSLUTA_AVBOJD;
    static final String SERVICE_AVSLUTA_UPPFOLJD = Sipprocessen.SERVICE_AVSLUTA_UPPFOLJD;
    static final String SERVICE_AVSLUTA_ATERKALLAT = Sipprocessen.SERVICE_AVSLUTA_ATERKALLAT;
    static final String END_AVBOJD = Sipprocessen.END_SIP_AVBOJD;
    static final String END_AVSLUTAD = Sipprocessen.END_SIP_AVSLUTAD;
    static final String END_ATERKALLAT = Sipprocessen.END_SAMTYCKE_ATERKALLAT;
    static final String MEDDELANDE_ATERKALLAT = Sipprocessen.MEDDELANDE_SAMTYCKE_ATERKALLAT;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();

    @RegisterExtension
    Processfakes fakes = Processfakes.med(engine, "2026-03-02T10:00");

    private final String sipId = UUID.randomUUID().toString();

    @Test
    void aRequestWaitsForThePersonsAnswerWithTheKallelseDeadlineCountedFromTheRequest() { // R20, C15
        ProcessInstance sip = starta("EJ_TILLFRAGAD");

        assertThat(sip)
                .isWaitingAt(TASK_SAMTYCKE)
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
                .hasPassedInOrder(START, SERVICE_AVSLUTA_AVBOJD, END_AVBOJD)
                .hasNotPassed(TASK_SAMTYCKE);
        Assertions.assertThat(fakes.avslutadeSipar).containsExactly(sipId + ":AVBOJD");
    }

    @Test
    void aPersonWhoDeclinesWhenAskedIsRecordedAndTheSipClosed() { // R20: the person decides; G11
        ProcessInstance sip = starta("EJ_TILLFRAGAD");

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_ONSKAN, "NEJ"));

        assertThat(sip)
                .isEnded()
                .hasPassedInOrder(TASK_SAMTYCKE, SERVICE_AVSLUTA_AVBOJD, END_AVBOJD)
                .hasNotPassed(TASK_KALLELSE);
        Assertions.assertThat(fakes.avslutadeSipar).containsExactly(sipId + ":AVBOJD");
    }

    @Test
    void withConsentTheKallelseIsDueThreeWeeksAfterTheRequestWithAReminderAWeekBefore() { // C15, C24
        ProcessInstance sip = starta("JA");

        samtycke(sip);

        assertThat(sip).isWaitingAt(TASK_KALLELSE);
        assertThat(task(sip)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2026-03-23T23:59"));
        Assertions.assertThat(timer(sip, TIMER_PAMINNELSE_KALLELSE).getDuedate())
                .isEqualTo(tidpunkt("2026-03-16T08:00"));
        Assertions.assertThat(timer(sip, TIMER_KALLELSEFRIST).getDuedate()).isEqualTo(tidpunkt("2026-03-24T00:00"));
    }

    @Test
    void theKallelseReminderGoesToTheHandlaggareAndTheTaskStays() { // C15
        ProcessInstance sip = starta("EJ_TILLFRAGAD");
        samtycke(sip);
        klockan("2026-03-16T08:00");

        execute(timer(sip, TIMER_PAMINNELSE_KALLELSE));

        Assertions.assertThat(fakes.paminnelser).containsExactly("SIP_KALLELSE:2026-03-23");
        assertThat(sip).isWaitingAt(TASK_KALLELSE).hasPassed(Sipprocessen.END_KALLELSE_PAMINND);
    }

    @Test
    void aKallelseNotSentInTimeEscalatesToTheChefAndTheTaskStays() { // C15
        ProcessInstance sip = starta("EJ_TILLFRAGAD");
        samtycke(sip);
        klockan("2026-03-24T00:00");

        execute(timer(sip, TIMER_KALLELSEFRIST));

        assertThat(sip).isWaitingAt(TASK_KALLELSE, TASK_KALLELSE_FORSENAD);
        Task eskalering = taskQuery().taskDefinitionKey(TASK_KALLELSE_FORSENAD).singleResult();
        assertThat(eskalering).hasCandidateGroup("LSS:CHEF");
        complete(eskalering);
        assertThat(sip).hasPassed(Sipprocessen.END_KALLELSE_ESKALERAD).isWaitingAt(TASK_KALLELSE);
    }

    @Test
    void severalMeetingsBeforeThePlanEachDueOnItsDay() { // R20: meetings with participants, C52
        ProcessInstance sip = starta("JA");
        samtycke(sip);

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_MOTESDATUM, "2026-03-12"));
        assertThat(sip).isWaitingAt(TASK_MOTE);
        assertThat(task(sip)).hasDueDate(tidpunkt("2026-03-12T23:59"));

        complete(
                task(sip),
                withVariables(Sipprocessen.VAR_SIP_FLER_MOTEN, true, Sipprocessen.VAR_SIP_MOTESDATUM, "2026-04-02"));
        assertThat(sip).isWaitingAt(TASK_MOTE);
        assertThat(task(sip)).hasDueDate(tidpunkt("2026-04-02T23:59"));

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_FLER_MOTEN, false));
        assertThat(sip)
                .isWaitingAt(TASK_PLAN)
                .hasPassedInOrder(TASK_KALLELSE, TASK_MOTE, Sipprocessen.GATEWAY_FLER_MOTEN);
        Assertions.assertThat(historik(sip, TASK_MOTE)).as("two meetings").isEqualTo(2);
    }

    @Test
    void thePlansFollowUpIsDueOnItsDateWithAReminderTwoWeeksBefore() { // C52
        ProcessInstance sip = tillPlan();

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));

        assertThat(sip).isWaitingAt(TASK_UPPFOLJNING);
        assertThat(task(sip)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2026-09-15T23:59"));
        Assertions.assertThat(timer(sip, TIMER_PAMINNELSE_UPPFOLJNING).getDuedate())
                .isEqualTo(tidpunkt("2026-09-01T08:00"));
        klockan("2026-09-01T08:00");
        execute(timer(sip, TIMER_PAMINNELSE_UPPFOLJNING));
        Assertions.assertThat(fakes.paminnelser).containsExactly("SIP_UPPFOLJNING:2026-09-15");
        assertThat(sip).isWaitingAt(TASK_UPPFOLJNING).hasPassed(Sipprocessen.END_SIP_UPPFOLJNING_PAMINND);
    }

    @Test
    void aFollowUpNotDoneOnItsDateEscalatesToTheChef() { // C52
        ProcessInstance sip = tillPlan();
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));
        klockan("2026-09-16T00:00");

        execute(timer(sip, TIMER_UPPFOLJNING_FORSENAD));

        Task eskalering =
                taskQuery().taskDefinitionKey(TASK_UPPFOLJNING_FORSENAD).singleResult();
        assertThat(eskalering).hasCandidateGroup("LSS:CHEF");
        complete(eskalering);
        assertThat(sip).hasPassed(Sipprocessen.END_SIP_UPPFOLJNING_ESKALERAD).isWaitingAt(TASK_UPPFOLJNING);
    }

    @Test
    void aFollowUpLeadsToARevisedPlanWithANewDateAndThenToClosing() { // C52, R20
        ProcessInstance sip = tillPlan();
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSRESULTAT, "REVIDERA"));
        assertThat(sip).isWaitingAt(TASK_PLAN);
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2027-03-15"));
        assertThat(task(sip)).hasDueDate(tidpunkt("2027-03-15T23:59"));

        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSRESULTAT, "AVSLUTA"));
        assertThat(sip).isEnded().hasPassedInOrder(TASK_UPPFOLJNING, SERVICE_AVSLUTA_UPPFOLJD, END_AVSLUTAD);
        Assertions.assertThat(historik(sip, TASK_PLAN))
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
                .hasPassedInOrder(Sipprocessen.START_SAMTYCKE_ATERKALLAT, SERVICE_AVSLUTA_ATERKALLAT, END_ATERKALLAT)
                .hasNotPassed(TASK_PLAN);
        Assertions.assertThat(taskQuery().processInstanceId(sip.getId()).count())
                .isZero();
        Assertions.assertThat(fakes.avslutadeSipar).containsExactly(sipId + ":SAMTYCKE_ATERKALLAT");
    }

    @Test
    void aWithdrawnConsentAlsoEndsAPlanInForceWithItsTimersAndTheChefsEscalation() { // C24
        ProcessInstance sip = tillPlan();
        complete(task(sip), withVariables(Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM, "2026-09-15"));
        klockan("2026-09-16T00:00");
        execute(timer(sip, TIMER_UPPFOLJNING_FORSENAD));

        aterkalla(sip);

        assertThat(sip).isEnded().hasPassed(END_ATERKALLAT).hasNotPassed(END_AVSLUTAD);
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
        assertThat(sip).isWaitingAt(TASK_PLAN);
        return sip;
    }

    private static void aterkalla(ProcessInstance sip) {
        runtimeService()
                .createMessageCorrelation(MEDDELANDE_ATERKALLAT)
                .processInstanceId(sip.getId())
                .setVariable("sipSamtyckeAterkallat", "2026-03-10")
                .correlate();
    }

    private static long historik(ProcessInstance sip, String aktivitet) {
        return engine.getHistoryService()
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
