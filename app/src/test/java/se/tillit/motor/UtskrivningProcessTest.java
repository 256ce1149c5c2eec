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
import static se.tillit.motor.Utskrivningsprocessen.RECEIVE_SIP_KALLELSE;
import static se.tillit.motor.Utskrivningsprocessen.TASK_DELTA_I_SIP;
import static se.tillit.motor.Utskrivningsprocessen.TASK_PLANERA_UTSKRIVNING;
import static se.tillit.motor.Utskrivningsprocessen.TASK_SIP_KALLELSE_SAKNAS;
import static se.tillit.motor.Utskrivningsprocessen.TIMER_SIP_KALLELSE_SAKNAS;

import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Discharge from hospital care (lag 2017:612, seed 002 §2.4): the municipality plans after the inskrivningsmeddelande
 * (D1, step 3), takes part in the SIP the region calls within three days of the notice of utskrivningsklar being
 * received (D4), and the chef hears of a missing kallelse; discharge or an abort ends it.
 */
@Processtackning(Utskrivningsprocessen.PROCESS)
@Deployment(
        resources = {
            "processes/utskrivning.bpmn",
            "decisions/utskrivningsfrist.dmn",
            "forms/utskrivning-planering.form",
            "forms/utskrivning-sip.form"
        })
class UtskrivningProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-06T15:00"); // a Friday afternoon

    @Test
    void theUnitPlansAndTakesPartInTheSipCalledWithinThreeDays() { // D1, D4
        ProcessInstance utskrivning = starta();
        assertThat(utskrivning).isWaitingAt(TASK_PLANERA_UTSKRIVNING, Utskrivningsprocessen.CATCH_UTSKRIVNINGSKLAR);
        assertThat(task(TASK_PLANERA_UTSKRIVNING, utskrivning)).hasCandidateGroup("ALDRE:HANDLAGGARE");
        complete(
                task(TASK_PLANERA_UTSKRIVNING, utskrivning),
                withVariables("hemgang", "HEM_NYA_INSATSER", "planering", "Hemtjänst två gånger per dag"));

        klockan("2026-03-09T08:30"); // the notice is received on Monday morning
        korrelera(utskrivning, Utskrivningsprocessen.MEDDELANDE_UTSKRIVNINGSKLAR);

        assertThat(utskrivning).isWaitingAt(RECEIVE_SIP_KALLELSE);
        Assertions.assertThat(UtredningProcessTest.timer(utskrivning, TIMER_SIP_KALLELSE_SAKNAS)
                        .getDuedate())
                .as("three days from the receipt, not from the sending (D4)")
                .isEqualTo(tidpunkt("2026-03-12T08:30"));
        korrelera(utskrivning, Utskrivningsprocessen.MEDDELANDE_SIP_KALLELSE);
        assertThat(task(TASK_DELTA_I_SIP, utskrivning)).hasCandidateGroup("ALDRE:HANDLAGGARE");
        complete(
                task(TASK_DELTA_I_SIP, utskrivning),
                withVariables(
                        "deltog",
                        "DELTOG",
                        "kommunensDel",
                        "Hemtjänst och trygghetslarm från hemgång",
                        "helhetsansvar",
                        "REGIONEN"));

        assertThat(utskrivning)
                .isEnded()
                .hasPassed(Utskrivningsprocessen.END_PLANERING_KLAR, Utskrivningsprocessen.END_SIP_KLAR)
                .hasNotPassed(TASK_SIP_KALLELSE_SAKNAS);
    }

    @Test
    void aKallelseMissingAfterThreeDaysIsFlaggedToTheChefAndTheWaitGoesOn() { // D4
        ProcessInstance utskrivning = starta();
        korrelera(utskrivning, Utskrivningsprocessen.MEDDELANDE_UTSKRIVNINGSKLAR);
        klockan("2026-03-09T15:00");

        execute(UtredningProcessTest.timer(utskrivning, TIMER_SIP_KALLELSE_SAKNAS));

        assertThat(task(TASK_SIP_KALLELSE_SAKNAS, utskrivning)).hasCandidateGroup("ALDRE:CHEF");
        assertThat(utskrivning).isWaitingAt(RECEIVE_SIP_KALLELSE, TASK_SIP_KALLELSE_SAKNAS, TASK_PLANERA_UTSKRIVNING);
        complete(task(TASK_SIP_KALLELSE_SAKNAS, utskrivning));
        korrelera(utskrivning, Utskrivningsprocessen.MEDDELANDE_SIP_KALLELSE);
        assertThat(utskrivning)
                .isWaitingAt(TASK_DELTA_I_SIP, TASK_PLANERA_UTSKRIVNING)
                .hasPassed(Utskrivningsprocessen.END_SIP_KALLELSE_FLAGGAD);
    }

    @Test
    void aDischargeEndsTheOpenWorkWhereverItIs() {
        ProcessInstance utskrivning = starta();
        korrelera(utskrivning, Utskrivningsprocessen.MEDDELANDE_UTSKRIVNINGSKLAR);

        korrelera(utskrivning, Utskrivningsprocessen.MEDDELANDE_UTSKRIVNING_AVSLUTAD);

        assertThat(utskrivning).isEnded().hasPassed(Utskrivningsprocessen.END_UTSKRIVNING_AVSLUTAD);
        Assertions.assertThat(taskQuery().processInstanceId(utskrivning.getId()).count())
                .isZero();
    }

    @Test
    void aDischargeBeforeAnyNoticeEndsItToo() { // out of order: recorded and flagged by the use case
        ProcessInstance utskrivning = starta();

        korrelera(utskrivning, Utskrivningsprocessen.MEDDELANDE_UTSKRIVNING_AVSLUTAD);

        assertThat(utskrivning).isEnded().hasNotPassed(Utskrivningsprocessen.RULE_SIP_KALLELSE_FRIST, TASK_DELTA_I_SIP);
    }

    private static ProcessInstance starta() {
        return runtimeService()
                .startProcessInstanceByKey(
                        Utskrivningsprocessen.PROCESS,
                        "2026-000123",
                        Map.of(
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                "utskrivningId",
                                UUID.randomUUID().toString(),
                                "enhet",
                                "ALDRE"));
    }

    private static void korrelera(ProcessInstance instance, String meddelande) {
        runtimeService()
                .createMessageCorrelation(meddelande)
                .processInstanceId(instance.getId())
                .correlate();
    }
}
