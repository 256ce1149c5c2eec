package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Barnprocesserna.BARNPLACERING;
import static se.tillit.motor.Barnprocesserna.MEDDELANDE_PLACERING_AVSLUTAD;
import static se.tillit.motor.Barnprocesserna.TASK_OVERVAGA_PLACERING;
import static se.tillit.motor.Barnprocesserna.TASK_PLACERINGSOVERVAGANDE_FORSENAT;
import static se.tillit.motor.Barnprocesserna.TIMER_PAMINNELSE_PLACERINGSOVERVAGANDE;
import static se.tillit.motor.Barnprocesserna.TIMER_PLACERINGSOVERVAGANDE_FORSENAT;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.SipProcessTest.timer;

import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The review of a child's placement outside the home at least every six months (SoL 2025:400 22 kap. 13 §;
 * law-and-peers.md C1 item 11; issue 17, R11), every path: six months from the placement, the reminder a month
 * before, the escalation, a review in time and the next six months from it (the repeat), and an ended placement that
 * stops the reviews. The placement and its reviews are recorded by the beslut module; here the engine alone.
 */
@Deployment(resources = {"processes/barnplacering.bpmn", "decisions/barnfrister.dmn", "decisions/paminnelse.dmn"})
class BarnplaceringProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();

    @RegisterExtension
    Processfakes fakes = Processfakes.med(engine, "2026-03-02T10:00");

    private final String placeringId = UUID.randomUUID().toString();

    @Test
    void theFirstReviewIsDueSixMonthsAfterThePlacementWithAReminderAMonthBefore() { // C1 item 11
        ProcessInstance placering = starta("2026-03-02");

        assertThat(placering).isWaitingAt(TASK_OVERVAGA_PLACERING).variables()
                .containsEntry("placeringsovervagandeFrist", "2026-09-02")
                .containsEntry("placeringsovervagandeFristKalla", "LAG");
        assertThat(task(placering)).hasCandidateGroup("BOU:HANDLAGGARE").hasDueDate(tidpunkt("2026-09-02T23:59"));
        Assertions.assertThat(timer(placering, TIMER_PAMINNELSE_PLACERINGSOVERVAGANDE).getDuedate())
                .isEqualTo(tidpunkt("2026-08-02T08:00"));
        Assertions.assertThat(timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT).getDuedate())
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
        assertThat(placering).isWaitingAt(TASK_OVERVAGA_PLACERING).hasPassed("End_PlaceringsovervagandePaminnt");
    }

    @Test
    void aReviewNotMadeInSixMonthsEscalatesToTheChefAndTheTaskStays() {
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-09-03T00:00");

        execute(timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT));

        assertThat(placering).isWaitingAt(TASK_OVERVAGA_PLACERING, TASK_PLACERINGSOVERVAGANDE_FORSENAT);
        Task eskalering = taskQuery().taskDefinitionKey(TASK_PLACERINGSOVERVAGANDE_FORSENAT).singleResult();
        assertThat(eskalering).hasCandidateGroup("BOU:CHEF");
        complete(eskalering);
        assertThat(placering).hasPassed("End_PlaceringsovervagandeEskalerat").isWaitingAt(TASK_OVERVAGA_PLACERING);
    }

    @Test
    void aReviewInTimeMakesTheNextDueSixMonthsAfterIt() { // the six-month repeat
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-08-20T10:00");

        complete(task(placering), withVariables("placeringSenastOvervagd", "2026-08-20"));

        assertThat(placering).isWaitingAt(TASK_OVERVAGA_PLACERING);
        assertThat(task(placering)).hasDueDate(tidpunkt("2027-02-20T23:59"));
        Assertions.assertThat(timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT).getDuedate())
                .isEqualTo(tidpunkt("2027-02-21T00:00"));
        Assertions.assertThat(fakes.paminnelser).isEmpty();

        complete(task(placering), withVariables("placeringSenastOvervagd", "2027-02-10"));
        assertThat(task(placering)).hasDueDate(tidpunkt("2027-08-10T23:59"));
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(placering.getId()).activityId(TASK_OVERVAGA_PLACERING).count()).isEqualTo(3);
    }

    @Test
    void anEndedPlacementStopsTheReviewsAndTheirTimers() {
        ProcessInstance placering = starta("2026-03-02");
        klockan("2026-09-03T00:00");
        execute(timer(placering, TIMER_PLACERINGSOVERVAGANDE_FORSENAT)); // even an open escalation

        runtimeService().createMessageCorrelation(MEDDELANDE_PLACERING_AVSLUTAD)
                .processInstanceVariableEquals("placeringId", placeringId).correlateWithResult();

        assertThat(placering).isEnded().hasPassed("End_PlaceringAvslutad");
        Assertions.assertThat(taskQuery().processInstanceId(placering.getId()).count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(placering.getId()).count()).isZero();
    }

    private ProcessInstance starta(String placeradFran) {
        return runtimeService().startProcessInstanceByKey(BARNPLACERING, "BOU-2026-1",
                Map.of("placeringId", placeringId, "beslutId", UUID.randomUUID().toString(),
                        "arendeId", UUID.randomUUID().toString(), "enhet", "BOU", "placeringSenastOvervagd", placeradFran));
    }
}
