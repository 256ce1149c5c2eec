package se.tillit.motor.internal;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.utredning.KommuniceringBesvarad;
import se.tillit.utredning.KommuniceringSkickad;
import se.tillit.utredning.UtredningSignerad;
import se.tillit.utredning.Utredningsprocess;

/**
 * From the investigation's use cases to processes/utredning.bpmn, inside the use case's transaction (ADR 5): the
 * signed investigation completes {@code Task_Utreda}; a kommunicering starts the event subprocess that waits for the
 * person's reply, and the reply (or its absence) completes that wait. A step the process does not wait for is refused
 * with a 400 and nothing is saved. Also tells the investigation page what the process waits for and who holds it.
 */
@Component
@RequiredArgsConstructor
class UtredningprocessKoppling implements Utredningsprocess {

    static final String UTREDNINGSPROCESS = Utredningsprocessen.PROCESS;
    static final String TASK_UTREDA = Utredningsprocessen.TASK_UTREDA;
    static final String TASK_INVANTA_KOMMUNICERINGSSVAR = Utredningsprocessen.TASK_INVANTA_KOMMUNICERINGSSVAR;
    static final String MESSAGE_KOMMUNICERING_SKICKAD = Utredningsprocessen.MEDDELANDE_KOMMUNICERING_SKICKAD;

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    /** Only the handläggare who has taken the task signs; the use case checked it, the engine's state decides. */
    @EventListener
    void signerad(UtredningSignerad signerad) {
        Task task = uppgift(signerad.utredningId(), TASK_UTREDA)
                .orElseThrow(() -> new Valideringsfel("signera", "utredning.fel.processenVantarInte"));
        if (!signerad.signeradAv().equals(task.getAssignee())) {
            throw new Valideringsfel("signera", "utredning.fel.taUppgiften");
        }
        taskService.complete(task.getId());
    }

    /** The dates and the way travel to the deadline table; the id finds the record again. No free text in the engine. */
    @EventListener
    void kommuniceringSkickad(KommuniceringSkickad skickad) {
        try {
            runtimeService
                    .createMessageCorrelation(MESSAGE_KOMMUNICERING_SKICKAD)
                    .processInstanceVariableEquals(
                            Utredningsprocessen.VAR_UTREDNING_ID,
                            skickad.utredningId().toString())
                    .setVariables(Map.of(
                            "kommuniceringId",
                            skickad.kommuniceringId().toString(),
                            "kommuniceringSkickad",
                            skickad.skickad().toString(),
                            "kommuniceringSatt",
                            skickad.satt().name()))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel("skickad", "utredning.fel.processenVantarInte");
        }
    }

    @EventListener
    void kommuniceringBesvarad(KommuniceringBesvarad besvarad) {
        Task task = uppgift(besvarad.utredningId(), TASK_INVANTA_KOMMUNICERINGSSVAR)
                .orElseThrow(() -> new Valideringsfel("besvarad", "utredning.fel.processenVantarInte"));
        taskService.complete(task.getId());
    }

    @Override
    public Optional<Processuppgift> utreda(UUID utredningId) {
        return uppgift(utredningId, TASK_UTREDA).map(UtredningprocessKoppling::processuppgift);
    }

    @Override
    public Optional<Processuppgift> kommuniceringssvar(UUID utredningId) {
        return uppgift(utredningId, TASK_INVANTA_KOMMUNICERINGSSVAR).map(UtredningprocessKoppling::processuppgift);
    }

    private Optional<Task> uppgift(UUID utredningId, String uppgift) {
        return Optional.ofNullable(taskService
                .createTaskQuery()
                .taskDefinitionKey(uppgift)
                .processVariableValueEquals(Utredningsprocessen.VAR_UTREDNING_ID, utredningId.toString())
                .singleResult());
    }

    private static Processuppgift processuppgift(Task task) {
        return new Processuppgift(
                task.getId(),
                task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant().atOffset(ZoneOffset.UTC));
    }
}
