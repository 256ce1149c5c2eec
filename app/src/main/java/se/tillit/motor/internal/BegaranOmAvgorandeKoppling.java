package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.arende.BegaranOmAvgorandeBesvarad;
import se.tillit.arende.BegaranOmAvgorandeRegistrerad;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.BegaranOmAvgorandeprocessen;

/**
 * From the förvaltningslagen 12 § use cases to processes/begaranOmAvgorande.bpmn, inside the use case's transaction
 * (ADR 5): a registered request starts its four weeks under the case's business key; its answer completes the task.
 */
@Component
@RequiredArgsConstructor
class BegaranOmAvgorandeKoppling {

    static final String PROCESS = BegaranOmAvgorandeprocessen.PROCESS;
    static final String TASK_AVGORA_ELLER_AVSLA = BegaranOmAvgorandeprocessen.TASK_AVGORA_ELLER_AVSLA;

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    @EventListener
    void registrerad(BegaranOmAvgorandeRegistrerad registrerad) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("begaranId", registrerad.begaranId().toString());
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, registrerad.arendeId().toString());
        variabler.put("enhet", registrerad.enhet());
        variabler.put("begaranInkom", registrerad.inkom().toString());
        runtimeService.startProcessInstanceByKey(PROCESS, registrerad.arendenummer(), variabler);
    }

    @EventListener
    void besvarad(BegaranOmAvgorandeBesvarad besvarad) {
        Task task = taskService
                .createTaskQuery()
                .processDefinitionKey(PROCESS)
                .taskDefinitionKey(TASK_AVGORA_ELLER_AVSLA)
                .processVariableValueEquals("begaranId", besvarad.begaranId().toString())
                .singleResult();
        if (task == null) {
            throw new Valideringsfel("utfall", "motor.fel.begaranVantarIntePaEttSvar");
        }
        taskService.complete(task.getId()); // the answer lives in begaran_om_avgorande; no gateway needs it
    }
}
