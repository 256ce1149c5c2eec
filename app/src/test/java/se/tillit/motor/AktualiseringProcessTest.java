package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** R01, R02: an aktualisering ends in "leder till utredning" or "leder inte till utredning", both recorded. */
@Deployment(resources = {"processes/aktualisering.bpmn", "forms/aktualisering-bedomning.form"})
class AktualiseringProcessTest {

    static final String PROCESS = "aktualisering";
    static final String TASK_BEDOM = "Task_BedomAktualisering";
    static final String END_UTREDNING = "End_LederTillUtredning";
    static final String END_INGEN_UTREDNING = "End_LederInteTillUtredning";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();

    @BeforeEach
    void useThisEngine() {
        // the Spring tests' engine lives in the same JVM: tell the assertions which one to use
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    @Test
    void anAktualiseringThatLeadsToAnInvestigation() {
        ProcessInstance instance = start("AKT-1");
        assertThat(instance).isWaitingAt(TASK_BEDOM);
        assertThat(task(instance)).hasCandidateGroup("BOU").isNotAssigned();
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .initializeFormKeys().singleResult().getCamundaFormRef().getKey()).isEqualTo("aktualisering-bedomning");

        complete(task(instance), withVariables("bedomning", "LEDER_TILL_UTREDNING"));

        assertThat(instance).isEnded().hasPassedInOrder(TASK_BEDOM, END_UTREDNING).hasNotPassed(END_INGEN_UTREDNING);
    }

    @Test
    void anAktualiseringThatDoesNotLeadToAnInvestigation() {
        ProcessInstance instance = start("AKT-2");

        complete(task(instance), withVariables("bedomning", "LEDER_INTE_TILL_UTREDNING"));

        assertThat(instance).isEnded().hasPassed(END_INGEN_UTREDNING).hasNotPassed(END_UTREDNING);
    }

    private static ProcessInstance start(String businessKey) {
        return runtimeService().startProcessInstanceByKey(PROCESS, businessKey, withVariables("enhet", "BOU"));
    }
}
