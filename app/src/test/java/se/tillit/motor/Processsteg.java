package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Steps the engine-only process tests take alike, with what each of them asserts on the way. */
final class Processsteg {

    private Processsteg() {}

    /**
     * A passed deadline's escalation: the chef's task waits beside the late task and goes to the chef's group;
     * acknowledging it ends at {@code slut} while the late task stays.
     */
    static void chefenKvitterarEskaleringen(
            ProcessInstance instans, String uppgift, String eskalering, String chefsgrupp, String slut) {
        assertThat(instans).isWaitingAt(uppgift, eskalering);
        Task chefens = taskQuery()
                .processInstanceId(instans.getId())
                .taskDefinitionKey(eskalering)
                .singleResult();
        assertThat(chefens).hasCandidateGroup(chefsgrupp);
        complete(chefens);
        assertThat(instans).hasPassed(slut).isWaitingAt(uppgift);
    }

    /** The boundary timer is due at this Swedish local time; the engine's clock is moved there and the timer fires. */
    static void timernLoserUt(ProcessInstance instans, String timer, String lokalTid) {
        Assertions.assertThat(UtredningProcessTest.timer(instans, timer).getDuedate())
                .isEqualTo(tidpunkt(lokalTid));
        klockan(lokalTid);
        execute(UtredningProcessTest.timer(instans, timer));
    }

    /** A message to this instance with one variable, as a domain use case sends it through its process coupling. */
    static void korrelera(ProcessInstance instans, String meddelande, String variabel, Object varde) {
        runtimeService()
                .createMessageCorrelation(meddelande)
                .processInstanceId(instans.getId())
                .setVariable(variabel, varde)
                .correlate();
    }
}
