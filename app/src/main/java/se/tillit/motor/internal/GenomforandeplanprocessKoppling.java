package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Texter;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.Genomforandeplanprocessen;
import se.tillit.verkstallighet.GenomforandeplanFaststalld;
import se.tillit.verkstallighet.GenomforandeplanKravs;

/**
 * From the genomförandeplan's use cases to processes/genomforandeplan.bpmn, inside the use case's transaction (ADR 5):
 * the order's start starts the process, the plan's first version completes its task. A plan set where no process waits
 * (a revision, an order started before the process existed) is recorded all the same: the record is the plan.
 */
@Component
@RequiredArgsConstructor
class GenomforandeplanprocessKoppling {

    static final String PROCESS = Genomforandeplanprocessen.PROCESS;
    static final String TASK_UPPRATTA = Genomforandeplanprocessen.TASK_UPPRATTA_GENOMFORANDEPLAN;
    static final String TASK_FORSENAD = Genomforandeplanprocessen.TASK_GENOMFORANDEPLAN_FORSENAD;
    static final String TIMER_PAMINNELSE = Genomforandeplanprocessen.TIMER_PAMINNELSE_GENOMFORANDEPLAN;
    static final String TIMER_MAL_PASSERAT = Genomforandeplanprocessen.TIMER_GENOMFORANDEPLAN_MAL_PASSERAT;

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    /** The business key is the case number, so the auditor sees the plan's process in the case's history. */
    @EventListener
    void kravs(GenomforandeplanKravs kravs) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put(Beslutprocessen.VAR_BESLUT_ID, kravs.beslutId().toString());
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, kravs.arendeId().toString());
        variabler.put("personId", kravs.personId().toString());
        variabler.put("enhet", kravs.bestallandeEnhet());
        variabler.put(Genomforandeplanprocessen.VAR_UTFORARE, kravs.utforare());
        variabler.put("insatstyp", kravs.insatstyp());
        variabler.put(
                Genomforandeplanprocessen.VAR_VERKSTALLD_DATUM,
                kravs.verkstalld().toString());
        runtimeService.startProcessInstanceByKey(PROCESS, kravs.arendenummer(), variabler);
    }

    @EventListener
    void faststalld(GenomforandeplanFaststalld faststalld) {
        Task task = taskService
                .createTaskQuery()
                .processDefinitionKey(PROCESS)
                .taskDefinitionKey(TASK_UPPRATTA)
                .processVariableValueEquals(
                        Beslutprocessen.VAR_BESLUT_ID, faststalld.beslutId().toString())
                .singleResult();
        if (task == null) {
            return;
        }
        try {
            taskService.complete(task.getId());
        } catch (OptimisticLockingException e) {
            throw new Konflikt(Texter.text("motor.fel.genomforandeplanensProcessAndradesSamtidigt", e.getMessage()));
        }
    }
}
