package se.tillit.motor.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.tillit.motor.UppgiftAndrad;
import se.tillit.motor.UppgiftSkapad;

/**
 * Turns the engine's task events into our own events for the task projection, inside the engine's
 * transaction: a task and its row appear and disappear together.
 */
@Component
class UppgiftshandelserFranMotorn {

    /** Which deadline a task's due date is, so the list can name its source (docs/processes.md). */
    static final Map<String, String> FRIST_PER_UPPGIFT = Map.of(
            "Task_OmedelbarSkyddsbedomning", "skyddsbedomning",
            "Task_BeslutaOmUtredning", "forhandsbedomning",
            "Task_Utreda", "utredning",
            "Task_FoljaUpp", "uppfoljning",
            "Task_OmprovaForeGiltigTom", "omprovning");

    private final ApplicationEventPublisher events;

    UppgiftshandelserFranMotorn(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void skapad(DelegateTask task) {
        Object arendeId = task.getVariable("arendeId");
        if (arendeId == null) {
            return; // not a case's task (e.g. a process started by hand in Cockpit)
        }
        String kandidatgrupp = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse(null);
        if (kandidatgrupp == null) {
            return;
        }
        String frist = FRIST_PER_UPPGIFT.get(task.getTaskDefinitionKey());
        events.publishEvent(new UppgiftSkapad(task.getId(), task.getProcessInstanceId(),
                UUID.fromString(arendeId.toString()), task.getExecution().getProcessBusinessKey(),
                task.getTaskDefinitionKey(), task.getName(), kandidatgrupp, task.getAssignee(),
                tid(task.getCreateTime()), tid(task.getDueDate()),
                frist == null ? null : (String) task.getVariable(frist + "FristKalla"),
                frist == null ? null : (String) task.getVariable(frist + "Dagberakning")));
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    void tilldelad(DelegateTask task) {
        events.publishEvent(new UppgiftAndrad(task.getId(), task.getAssignee(), false));
    }

    @EventListener(condition = "#task.eventName == 'complete' or #task.eventName == 'delete'")
    void avslutad(DelegateTask task) {
        events.publishEvent(new UppgiftAndrad(task.getId(), null, true));
    }

    private static OffsetDateTime tid(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

}
