package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static se.tillit.motor.Barnprocesserna.BARNUPPFOLJNING;
import static se.tillit.motor.Barnprocesserna.TASK_BARNUPPFOLJNING_FORSENAD;
import static se.tillit.motor.Barnprocesserna.TASK_FOLJA_UPP_BARNET;
import static se.tillit.motor.Barnprocesserna.TIMER_BARNUPPFOLJNING_FORSENAD;
import static se.tillit.motor.Barnprocesserna.TIMER_PAMINNELSE_BARNUPPFOLJNING;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.chefenKvitterarEskaleringen;
import static se.tillit.motor.SipProcessTest.timer;

import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A child's follow-up after an investigation ended without insats or a placement ended, ended within six months
 * (SoL 2025:400 23 kap. 1–5 §§; law-and-peers.md C1 item 12; issue 17), every path: the deadline from the end, the
 * reminder a month before, the escalation to the chef when six months pass, done in time. The follow-up is started
 * and ended by the barn module (BarnSidaTest); here the engine alone.
 */
@Processtackning(Barnprocesserna.BARNUPPFOLJNING)
@Deployment(resources = {"processes/barnuppfoljning.bpmn", "decisions/barnfrister.dmn", "decisions/paminnelse.dmn"})
class BarnuppfoljningProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UPPFOLJNING_EFTER_UTREDNING", "UPPFOLJNING_EFTER_PLACERING"})
    void theFollowUpIsDueSixMonthsAfterTheEndWithAReminderAMonthBefore(String bevakning) { // C1 item 12
        ProcessInstance uppfoljning = starta(bevakning, "2026-02-27");

        assertThat(uppfoljning)
                .isWaitingAt(TASK_FOLJA_UPP_BARNET)
                .variables()
                .containsEntry("barnuppfoljningFrist", "2026-08-27")
                .containsEntry("barnuppfoljningFristKalla", "LAG");
        assertThat(task(uppfoljning)).hasCandidateGroup("BOU:HANDLAGGARE").hasDueDate(tidpunkt("2026-08-27T23:59"));
        Assertions.assertThat(
                        timer(uppfoljning, TIMER_PAMINNELSE_BARNUPPFOLJNING).getDuedate())
                .isEqualTo(tidpunkt("2026-07-27T08:00"));
        Assertions.assertThat(timer(uppfoljning, TIMER_BARNUPPFOLJNING_FORSENAD).getDuedate())
                .isEqualTo(tidpunkt("2026-08-28T00:00"));
    }

    @Test
    void theReminderGoesToTheHandlaggareAndTheTaskStays() {
        ProcessInstance uppfoljning = starta("UPPFOLJNING_EFTER_UTREDNING", "2026-02-27");
        klockan("2026-07-27T08:00");

        execute(timer(uppfoljning, TIMER_PAMINNELSE_BARNUPPFOLJNING));

        Assertions.assertThat(fakes.paminnelser).containsExactly("UPPFOLJNING_EFTER_UTREDNING:2026-08-27");
        // the reminder names the clock's own task: it goes to whoever has it (Epostutskick)
        Assertions.assertThat(fakes.paminnelseuppgifter).containsExactly(TASK_FOLJA_UPP_BARNET);
        assertThat(uppfoljning)
                .isWaitingAt(TASK_FOLJA_UPP_BARNET)
                .hasPassed(Barnprocesserna.END_BARNUPPFOLJNING_PAMINND);
    }

    @Test
    void sixMonthsPassedEscalateToTheChefAndTheTaskStays() {
        ProcessInstance uppfoljning = starta("UPPFOLJNING_EFTER_PLACERING", "2026-02-27");
        klockan("2026-08-28T00:00");

        execute(timer(uppfoljning, TIMER_BARNUPPFOLJNING_FORSENAD));

        chefenKvitterarEskaleringen(
                uppfoljning,
                TASK_FOLJA_UPP_BARNET,
                TASK_BARNUPPFOLJNING_FORSENAD,
                "BOU:CHEF",
                Barnprocesserna.END_BARNUPPFOLJNING_ESKALERAD);
    }

    @Test
    void aFollowUpEndedInTimeEndsTheProcessAndItsTimers() {
        ProcessInstance uppfoljning = starta("UPPFOLJNING_EFTER_UTREDNING", "2026-02-27");

        complete(task(uppfoljning));

        assertThat(uppfoljning)
                .isEnded()
                .hasPassed(Barnprocesserna.END_BARNET_UPPFOLJT)
                .hasNotPassed(TASK_BARNUPPFOLJNING_FORSENAD);
    }

    private static ProcessInstance starta(String bevakning, String start) {
        return runtimeService()
                .startProcessInstanceByKey(
                        BARNUPPFOLJNING,
                        "BOU-2026-1",
                        Map.of(
                                "barnuppfoljningId",
                                UUID.randomUUID().toString(),
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                "enhet",
                                "BOU",
                                "barnuppfoljningBevakning",
                                bevakning,
                                "barnuppfoljningStart",
                                start));
    }
}
