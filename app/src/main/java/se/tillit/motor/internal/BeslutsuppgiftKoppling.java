package se.tillit.motor.internal;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.beslut.BeslutFattat;
import se.tillit.beslut.BeslutsforslagLamnat;
import se.tillit.beslut.Delegationsordning.Beslutsniva;
import se.tillit.motor.Arendeprocessen;

/**
 * The case's decision task meets the decision's use case, in its transaction: a decision taken completes the waiting
 * "Fatta beslut" (or the chef's task for a proposal); a proposal outside the handläggare's delegation completes the
 * handläggare's task with the level it needs, so the process offers it to the chef. A decision taken when no such task
 * waits (a new decision later in the case, an integration's) leaves the process as it is.
 */
@Component
@RequiredArgsConstructor
class BeslutsuppgiftKoppling {

    private final TaskService taskService;

    @EventListener
    void beslutFattat(BeslutFattat fattat) {
        Task uppgift = vantande(fattat.arendenummer(), Arendeprocessen.TASK_FATTA_BESLUT);
        if (uppgift != null) {
            taskService.complete(
                    uppgift.getId(), Map.of(Arendeprocessen.VAR_BESLUTSNIVA, Beslutsniva.HANDLAGGARE.name()));
            return;
        }
        Task delegatensUppgift = vantande(fattat.arendenummer(), Arendeprocessen.TASK_FATTA_BESLUT_SOM_DELEGAT);
        if (delegatensUppgift != null) {
            taskService.complete(delegatensUppgift.getId());
        }
    }

    @EventListener
    void forslagLamnat(BeslutsforslagLamnat forslag) {
        Task uppgift = vantande(forslag.arendenummer(), Arendeprocessen.TASK_FATTA_BESLUT);
        if (uppgift != null) {
            taskService.complete(
                    uppgift.getId(),
                    Map.of(Arendeprocessen.VAR_BESLUTSNIVA, forslag.niva().name()));
        }
    }

    private Task vantande(String arendenummer, String uppgiftstyp) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(Arendeprocessen.PROCESS)
                .processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(uppgiftstyp)
                .singleResult();
    }
}
