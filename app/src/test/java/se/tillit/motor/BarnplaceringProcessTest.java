package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Barnprocesserna.BARNPLACERING;
import static se.tillit.motor.Barnprocesserna.END_FORALDRASTOD_ESKALERAT;
import static se.tillit.motor.Barnprocesserna.END_FORALDRASTOD_PAMINNT;
import static se.tillit.motor.Barnprocesserna.END_FORALDRASTOD_REGISTRERAT;
import static se.tillit.motor.Barnprocesserna.GATEWAY_PLACERING_REGISTRERAD;
import static se.tillit.motor.Barnprocesserna.MEDDELANDE_PLACERING_AVSLUTAD;
import static se.tillit.motor.Barnprocesserna.TASK_ERBJUD_FORALDRASTOD;
import static se.tillit.motor.Barnprocesserna.TASK_FORALDRASTOD_FORSENAT;
import static se.tillit.motor.Barnprocesserna.TASK_OVERVAGA_PLACERING;
import static se.tillit.motor.Barnprocesserna.TASK_PLACERINGSOVERVAGANDE_FORSENAT;
import static se.tillit.motor.Barnprocesserna.TIMER_FORALDRASTOD_FORSENAT;
import static se.tillit.motor.Barnprocesserna.TIMER_PAMINNELSE_FORALDRASTOD;
import static se.tillit.motor.Barnprocesserna.TIMER_PAMINNELSE_PLACERINGSOVERVAGANDE;
import static se.tillit.motor.Barnprocesserna.TIMER_PLACERINGSOVERVAGANDE_FORSENAT;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.chefenKvitterarEskaleringen;
import static se.tillit.motor.SipProcessTest.timer;

import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The review of a child's placement outside the home at least every six months (SoL 2025:400 22 kap. 13 §;
 * law-and-peers.md C1 item 11; issue 17, R11), every path: six months from the placement, the reminder a month
 * before, the escalation, a review in time and the next six months from it (the repeat), and an ended placement that
 * stops the reviews. Beside the reviews, from the same start, the offer of a support contact to the parents within a
 * week (R10, seed 001@c20445; SoL 22 kap. 10 §), every path: in time, the reminder two days before, the escalation. The
 * placement and its reviews are recorded by the beslut module, the offer by the barn module; here the engine alone.
 */
@Processtackning(Barnprocesserna.BARNPLACERING)
@Deployment(resources = {"processes/barnplacering.bpmn", "decisions/barnfrister.dmn", "decisions/paminnelse.dmn"})
class BarnplaceringProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00");

    private final String placeringId = UUID.randomUUID().toString();
    private final String arendeId = UUID.randomUUID().toString();

    @Test
    void theFirstReviewIsDueSixMonthsAfterThePlacementWithAReminderAMonthBefore() { // C1 item 11
        ProcessInstance placering = starta("2026-03-02");

        assertThat(placering)
                .isWaitingAt(TASK_OVERVAGA_PLACERING)
                .variables()
                .containsEntry("placeringsovervagandeFrist", "2026-09-02")
                .containsEntry("placeringsovervagandeFristKalla", "LAG");
        assertThat(overvagande(placering))
                .hasCandidateGroup("BOU:HANDLAGGARE")
                .hasDueDate(tidpunkt("2026-09-02T23:59"));
        Assertions.assertThat(
                        timer(placering, TIMER_PAMINNELSE_PLACERINGSOVERVAGANDE).getDuedate())
                .isEqualTo(tidpunkt("2026-08-02T08:00"));
        Assertions.assertThat(
                        timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT).getDuedate())
                .isEqualTo(tidpunkt("2026-09-03T00:00"));
    }

    @Test
    void theReminderGoesToTheHandlaggareAndTheTaskStays() {
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-08-02T08:00");

        execute(timer(placering, TIMER_PAMINNELSE_PLACERINGSOVERVAGANDE));

        Assertions.assertThat(fakes.paminnelser).containsExactly("PLACERINGSOVERVAGANDE:2026-09-02");
        // the reminder names the clock's own task: it goes to whoever has it (Epostutskick)
        Assertions.assertThat(fakes.paminnelseuppgifter).containsExactly(TASK_OVERVAGA_PLACERING);
        assertThat(placering)
                .isWaitingAt(TASK_OVERVAGA_PLACERING)
                .hasPassed(Barnprocesserna.END_PLACERINGSOVERVAGANDE_PAMINNT);
    }

    @Test
    void aReviewNotMadeInSixMonthsEscalatesToTheChefAndTheTaskStays() {
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-09-03T00:00");

        execute(timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT));

        chefenKvitterarEskaleringen(
                placering,
                TASK_OVERVAGA_PLACERING,
                TASK_PLACERINGSOVERVAGANDE_FORSENAT,
                "BOU:CHEF",
                Barnprocesserna.END_PLACERINGSOVERVAGANDE_ESKALERAT);
    }

    @Test
    void aReviewInTimeMakesTheNextDueSixMonthsAfterIt() { // the six-month repeat
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-08-20T10:00");

        complete(overvagande(placering), withVariables(Barnprocesserna.VAR_PLACERING_SENAST_OVERVAGD, "2026-08-20"));

        assertThat(placering).isWaitingAt(TASK_OVERVAGA_PLACERING);
        assertThat(overvagande(placering)).hasDueDate(tidpunkt("2027-02-20T23:59"));
        Assertions.assertThat(
                        timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT).getDuedate())
                .isEqualTo(tidpunkt("2027-02-21T00:00"));
        Assertions.assertThat(fakes.paminnelser).isEmpty();

        complete(overvagande(placering), withVariables(Barnprocesserna.VAR_PLACERING_SENAST_OVERVAGD, "2027-02-10"));
        assertThat(overvagande(placering)).hasDueDate(tidpunkt("2027-08-10T23:59"));
        Assertions.assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(placering.getId())
                        .activityId(TASK_OVERVAGA_PLACERING)
                        .count())
                .isEqualTo(3);
    }

    @Test
    void theOfferToTheParentsIsDueAWeekAfterThePlacementWithAReminderTwoDaysBefore() { // R10, SoL 22 kap. 10 §
        ProcessInstance placering = starta("2026-03-02");

        assertThat(placering)
                .hasPassed(GATEWAY_PLACERING_REGISTRERAD)
                .isWaitingAt(TASK_OVERVAGA_PLACERING, TASK_ERBJUD_FORALDRASTOD)
                .variables()
                .containsEntry("foraldrastodFrist", "2026-03-09")
                .containsEntry("foraldrastodFristKalla", "LOKALT_MAL");
        assertThat(erbjudande(placering)).hasCandidateGroup("BOU:HANDLAGGARE").hasDueDate(tidpunkt("2026-03-09T23:59"));
        // the deadline is kept on the barn module's record, which the page and the indicator read
        Assertions.assertThat(fakes.foraldrastodsfrister).containsExactly(placeringId + ":2026-03-09");
        Assertions.assertThat(timer(placering, TIMER_PAMINNELSE_FORALDRASTOD).getDuedate())
                .isEqualTo(tidpunkt("2026-03-07T08:00"));
        Assertions.assertThat(timer(placering, TIMER_FORALDRASTOD_FORSENAT).getDuedate())
                .isEqualTo(tidpunkt("2026-03-10T00:00"));
    }

    @Test
    void anOfferRecordedInTimeEndsItsPathAndItsTimersAndTheReviewsGoOn() { // R10: completed in time
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-03-05T11:00");

        complete(erbjudande(placering));

        assertThat(placering)
                .hasPassed(END_FORALDRASTOD_REGISTRERAT)
                .isWaitingAt(TASK_OVERVAGA_PLACERING)
                .isNotWaitingAt(TASK_ERBJUD_FORALDRASTOD);
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(placering.getId())
                        .activityId(TIMER_PAMINNELSE_FORALDRASTOD)
                        .count())
                .isZero();
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(placering.getId())
                        .activityId(TIMER_FORALDRASTOD_FORSENAT)
                        .count())
                .isZero();
        Assertions.assertThat(fakes.paminnelser).isEmpty();
    }

    @Test
    void theOffersReminderGoesToWhoeverHasItsTaskAndTheTaskStays() { // R10
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-03-07T08:00");

        execute(timer(placering, TIMER_PAMINNELSE_FORALDRASTOD));

        Assertions.assertThat(fakes.paminnelser).containsExactly("FORALDRASTOD:2026-03-09");
        Assertions.assertThat(fakes.paminnelseuppgifter).containsExactly(TASK_ERBJUD_FORALDRASTOD);
        assertThat(placering)
                .hasPassed(END_FORALDRASTOD_PAMINNT)
                .isWaitingAt(TASK_ERBJUD_FORALDRASTOD, TASK_OVERVAGA_PLACERING);
    }

    @Test
    void anOfferNotMadeInAWeekEscalatesToTheChefAndTheTaskStays() { // R10, target 100 %
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-03-10T00:00");

        execute(timer(placering, TIMER_FORALDRASTOD_FORSENAT));

        assertThat(placering)
                .isWaitingAt(TASK_ERBJUD_FORALDRASTOD, TASK_FORALDRASTOD_FORSENAT, TASK_OVERVAGA_PLACERING);
        Task eskalering = taskQuery()
                .processInstanceId(placering.getId())
                .taskDefinitionKey(TASK_FORALDRASTOD_FORSENAT)
                .singleResult();
        assertThat(eskalering).hasCandidateGroup("BOU:CHEF");
        complete(eskalering);
        assertThat(placering).hasPassed(END_FORALDRASTOD_ESKALERAT).isWaitingAt(TASK_ERBJUD_FORALDRASTOD);
        // recorded late: the path ends as in time (the indicator counts it late by the barn module's record)
        complete(erbjudande(placering));
        assertThat(placering).hasPassed(END_FORALDRASTOD_REGISTRERAT).isWaitingAt(TASK_OVERVAGA_PLACERING);
    }

    @Test
    void anEndedPlacementStopsTheReviewsAndTheirTimers() {
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-09-03T00:00");
        execute(timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT)); // even an open escalation
        execute(timer(placering, TIMER_FORALDRASTOD_FORSENAT)); // and the offer never made, escalated too

        runtimeService()
                .createMessageCorrelation(MEDDELANDE_PLACERING_AVSLUTAD)
                .processInstanceVariableEquals("placeringId", placeringId)
                .correlateWithResult();

        assertThat(placering).isEnded().hasPassed(Barnprocesserna.END_PLACERING_AVSLUTAD);
        Assertions.assertThat(taskQuery().processInstanceId(placering.getId()).count())
                .isZero();
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(placering.getId())
                        .count())
                .isZero();
    }

    private ProcessInstance starta(String placeradFran) {
        return runtimeService()
                .startProcessInstanceByKey(
                        BARNPLACERING,
                        "BOU-2026-1",
                        Map.of(
                                "placeringId",
                                placeringId,
                                Beslutprocessen.VAR_BESLUT_ID,
                                UUID.randomUUID().toString(),
                                Arendeprocessen.VAR_ARENDE_ID,
                                arendeId,
                                "enhet",
                                "BOU",
                                Barnprocesserna.VAR_PLACERING_SENAST_OVERVAGD,
                                placeradFran,
                                "placeradFran",
                                placeradFran));
    }

    private static Task overvagande(ProcessInstance placering) {
        return taskQuery()
                .processInstanceId(placering.getId())
                .taskDefinitionKey(TASK_OVERVAGA_PLACERING)
                .singleResult();
    }

    private static Task erbjudande(ProcessInstance placering) {
        return taskQuery()
                .processInstanceId(placering.getId())
                .taskDefinitionKey(TASK_ERBJUD_FORALDRASTOD)
                .singleResult();
    }
}
