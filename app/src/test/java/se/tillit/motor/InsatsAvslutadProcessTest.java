package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static se.tillit.motor.Beslutprocessen.MEDDELANDE_INSATS_AVSLUTAD;
import static se.tillit.motor.Processsteg.korrelera;
import static se.tillit.motor.Verkstallighetsprocessen.END_INSATS_AVSLUTAD_PA_BESLUTET;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The avslut of an insats (issue 17): the message InsatsAvslutad, correlated to every process of the decision that
 * waits for it (as IndividuellPlanKoppling does), ends the decision's verkställighet wherever it is, and with it the
 * follow-up it called, its timers included.
 */
@Deployment(
        resources = {
            "processes/verkstallighet.bpmn",
            "processes/uppfoljning.bpmn",
            "decisions/bevakningsfrist.dmn",
            "decisions/paminnelse.dmn",
            "forms/uppfoljning.form"
        })
class InsatsAvslutadProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-02-10T09:00");

    private final String beslutId = UUID.randomUUID().toString();

    @Test
    void anInsatsEndedDuringTheFollowUpEndsTheVerkstallighetAndTheFollowUpWithItsTimers() {
        ProcessInstance verkstallighet = starta();
        korrelera(
                verkstallighet,
                Verkstallighetsprocessen.MEDDELANDE_VERKSTALLD,
                Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                "2026-03-02");
        ProcessInstance uppfoljning = runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(Uppfoljningsprocessen.PROCESS)
                .superProcessInstanceId(verkstallighet.getId())
                .singleResult();
        Assertions.assertThat(taskQuery()
                        .taskDefinitionKey(Uppfoljningsprocessen.TASK_FOLJA_UPP)
                        .count())
                .isOne();

        Assertions.assertThat(avsluta()).hasSize(1); // only the verkställighet waits for it; the follow-up ends with it

        assertThat(verkstallighet)
                .isEnded()
                .hasPassed(END_INSATS_AVSLUTAD_PA_BESLUTET)
                .hasNotPassed(Verkstallighetsprocessen.END_INSATS_AVSLUTAD);
        assertThat(uppfoljning).isEnded();
        Assertions.assertThat(taskQuery().processInstanceId(uppfoljning.getId()).count())
                .isZero();
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(uppfoljning.getId())
                        .count())
                .isZero();
        Assertions.assertThat(historyService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(uppfoljning.getId())
                        .singleResult()
                        .getEndTime())
                .isNotNull();
    }

    @Test
    void anInsatsEndedDuringAnAvbrottEndsTheWaitForItsResumption() { // R23, C21
        ProcessInstance verkstallighet = starta();
        korrelera(
                verkstallighet,
                Verkstallighetsprocessen.MEDDELANDE_VERKSTALLD,
                Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                "2026-03-02");
        korrelera(
                verkstallighet,
                Verkstallighetsprocessen.MEDDELANDE_AVBROTT,
                Verkstallighetsprocessen.VAR_AVBROTT_FRAN,
                "2026-09-15");
        assertThat(verkstallighet).isWaitingAt(Verkstallighetsprocessen.RECEIVE_ATERUPPTAGEN);

        avsluta();

        assertThat(verkstallighet).isEnded().hasPassed(END_INSATS_AVSLUTAD_PA_BESLUTET);
    }

    private java.util.List<org.camunda.bpm.engine.runtime.MessageCorrelationResult> avsluta() {
        return runtimeService()
                .createMessageCorrelation(MEDDELANDE_INSATS_AVSLUTAD)
                .processInstanceVariableEquals(Beslutprocessen.VAR_BESLUT_ID, beslutId)
                .setVariable("insatsAvslutad", "2026-10-01")
                .correlateAllWithResult();
    }

    private ProcessInstance starta() {
        return VerkstallighetProcessTest.starta(beslutId, "2026-000017");
    }
}
