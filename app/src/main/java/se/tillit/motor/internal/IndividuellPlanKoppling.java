package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.beslut.IndividuellPlanSteg;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.IndividuellPlanprocessen;

/**
 * From the individuell plan's use cases (issue 17, LSS 10 §) to processes/individuellplan.bpmn, inside the use case's
 * transaction (ADR 5), as SipprocessKoppling: a step the process does not wait for is refused with a 400 and nothing
 * is saved.
 */
@Component
@RequiredArgsConstructor
class IndividuellPlanKoppling {

    static final String PROCESS = IndividuellPlanprocessen.PROCESS;
    static final String TASK_UPPRATTA = IndividuellPlanprocessen.TASK_UPPRATTA_INDIVIDUELL_PLAN;
    static final String TASK_OMPROVA = IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN;
    static final String MEDDELANDE_PLAN_AVSLUTAD = IndividuellPlanprocessen.MEDDELANDE_INDIVIDUELL_PLAN_AVSLUTAD;

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    @EventListener
    void steg(IndividuellPlanSteg steg) {
        String planId = steg.planId().toString();
        switch (steg.steg()) {
            case BEGARD -> {
                Map<String, Object> variabler = new HashMap<>();
                variabler.put("planId", planId);
                variabler.put(Beslutprocessen.VAR_BESLUT_ID, steg.beslutId().toString());
                variabler.put(Arendeprocessen.VAR_ARENDE_ID, steg.arendeId().toString());
                variabler.put("enhet", steg.enhet());
                variabler.put("individuellPlanBegard", steg.datum().toString());
                runtimeService.startProcessInstanceByKey(PROCESS, steg.arendenummer(), variabler);
            }
            case UPPRATTAD ->
                slutfor(planId, TASK_UPPRATTA, steg, "upprattad", "motor.fel.planenVantarIntePaAttUpprattas");
            case OMPROVAD ->
                slutfor(planId, TASK_OMPROVA, steg, "omprovad", "motor.fel.planenVantarIntePaEnOmprovning");
            case AVSLUTAD -> {
                try {
                    runtimeService
                            .createMessageCorrelation(MEDDELANDE_PLAN_AVSLUTAD)
                            .processInstanceVariableEquals("planId", planId)
                            .correlateWithResult();
                } catch (MismatchingMessageCorrelationException e) {
                    throw new Valideringsfel("planAvslutad", "motor.fel.planensProcessPagarInteLangre");
                }
            }
        }
    }

    private void slutfor(String planId, String uppgift, IndividuellPlanSteg steg, String falt, String fel) {
        Task task = taskService
                .createTaskQuery()
                .taskDefinitionKey(uppgift)
                .processVariableValueEquals("planId", planId)
                .singleResult();
        if (task == null) {
            throw new Valideringsfel(falt, fel);
        }
        try {
            taskService.complete(
                    task.getId(),
                    Map.of(
                            IndividuellPlanprocessen.VAR_INDIVIDUELL_PLAN_DATUM,
                            steg.datum().toString()));
        } catch (OptimisticLockingException e) {
            throw new Konflikt(Texter.text("motor.fel.planensProcessAndradesSamtidigt", e.getMessage()));
        }
    }
}
