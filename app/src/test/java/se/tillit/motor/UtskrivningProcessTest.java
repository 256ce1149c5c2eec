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

import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Discharge from hospital care (lag 2017:612, seed 002 §2.4): the municipality plans after the inskrivningsmeddelande
 * (D1, step 3), takes part in the SIP the region calls within three days of the notice of utskrivningsklar being
 * received (D4), and the chef hears of a missing kallelse; discharge or an abort ends it.
 */
@Deployment(resources = {"processes/utskrivning.bpmn", "decisions/utskrivningsfrist.dmn", "forms/utskrivning-planering.form",
        "forms/utskrivning-sip.form"})
class UtskrivningProcessTest {

    static final String PLANERA = "Task_PlaneraUtskrivning";
    static final String DELTA_I_SIP = "Task_DeltaISip";
    static final String KALLELSE_SAKNAS = "Task_SipKallelseSaknas";
    static final String VANTA_PA_KALLELSE = "Receive_SipKallelse";
    static final String TIMER_KALLELSE = "Timer_SipKallelseSaknas";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();

    @RegisterExtension
    Processfakes fakes = Processfakes.med(engine, "2026-03-06T15:00"); // a Friday afternoon

    @Test
    void theUnitPlansAndTakesPartInTheSipCalledWithinThreeDays() { // D1, D4
        ProcessInstance utskrivning = starta();
        assertThat(utskrivning).isWaitingAt(PLANERA, "Catch_Utskrivningsklar");
        assertThat(task(PLANERA, utskrivning)).hasCandidateGroup("ALDRE:HANDLAGGARE");
        complete(task(PLANERA, utskrivning), withVariables("hemgang", "HEM_NYA_INSATSER", "planering", "Hemtjänst två gånger per dag"));

        klockan("2026-03-09T08:30"); // the notice is received on Monday morning
        korrelera(utskrivning, "Utskrivningsklar");

        assertThat(utskrivning).isWaitingAt(VANTA_PA_KALLELSE);
        Assertions.assertThat(UtredningProcessTest.timer(utskrivning, TIMER_KALLELSE).getDuedate())
                .as("three days from the receipt, not from the sending (D4)").isEqualTo(tidpunkt("2026-03-12T08:30"));
        korrelera(utskrivning, "SipKallelse");
        assertThat(task(DELTA_I_SIP, utskrivning)).hasCandidateGroup("ALDRE:HANDLAGGARE");
        complete(task(DELTA_I_SIP, utskrivning), withVariables("deltog", "DELTOG", "kommunensDel", "Hemtjänst och trygghetslarm från hemgång",
                "helhetsansvar", "REGIONEN"));

        assertThat(utskrivning).isEnded().hasPassed("End_PlaneringKlar", "End_SipKlar").hasNotPassed(KALLELSE_SAKNAS);
    }

    @Test
    void aKallelseMissingAfterThreeDaysIsFlaggedToTheChefAndTheWaitGoesOn() { // D4
        ProcessInstance utskrivning = starta();
        korrelera(utskrivning, "Utskrivningsklar");
        klockan("2026-03-09T15:00");

        execute(UtredningProcessTest.timer(utskrivning, TIMER_KALLELSE));

        assertThat(task(KALLELSE_SAKNAS, utskrivning)).hasCandidateGroup("ALDRE:CHEF");
        assertThat(utskrivning).isWaitingAt(VANTA_PA_KALLELSE, KALLELSE_SAKNAS, PLANERA);
        complete(task(KALLELSE_SAKNAS, utskrivning));
        korrelera(utskrivning, "SipKallelse");
        assertThat(utskrivning).isWaitingAt(DELTA_I_SIP, PLANERA).hasPassed("End_SipKallelseFlaggad");
    }

    @Test
    void aDischargeEndsTheOpenWorkWhereverItIs() {
        ProcessInstance utskrivning = starta();
        korrelera(utskrivning, "Utskrivningsklar");

        korrelera(utskrivning, "UtskrivningAvslutad");

        assertThat(utskrivning).isEnded().hasPassed("End_UtskrivningAvslutad");
        Assertions.assertThat(taskQuery().processInstanceId(utskrivning.getId()).count()).isZero();
    }

    @Test
    void aDischargeBeforeAnyNoticeEndsItToo() { // out of order: recorded and flagged by the use case
        ProcessInstance utskrivning = starta();

        korrelera(utskrivning, "UtskrivningAvslutad");

        assertThat(utskrivning).isEnded().hasNotPassed("Rule_SipKallelseFrist", DELTA_I_SIP);
    }

    private static ProcessInstance starta() {
        return runtimeService().startProcessInstanceByKey("utskrivning", "2026-000123", Map.of(
                "arendeId", UUID.randomUUID().toString(), "utskrivningId", UUID.randomUUID().toString(), "enhet", "ALDRE"));
    }

    private static void korrelera(ProcessInstance instance, String meddelande) {
        runtimeService().createMessageCorrelation(meddelande).processInstanceId(instance.getId()).correlate();
    }
}
