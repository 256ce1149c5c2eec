package se.tillit.motor.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
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
            "Task_OmprovaForeGiltigTom", "omprovning",
            "Task_InhamtaSamtycke", "sipKallelse",
            "Task_SkickaKallelse", "sipKallelse",
            "Task_HallaMote", "sipMote",
            "Task_FoljaUppSip", "sipUppfoljning");

    private final ApplicationEventPublisher events;

    UppgiftshandelserFranMotorn(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void skapad(DelegateTask task) {
        Object arendeId = task.getVariable("arendeId");
        Object personId = task.getVariable("personId");
        if (arendeId == null && personId == null) {
            return; // neither a case's nor a person's task (e.g. a process started by hand in Cockpit)
        }
        String kandidatgrupp = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse(null);
        if (kandidatgrupp == null) {
            return;
        }
        String frist = FRIST_PER_UPPGIFT.get(task.getTaskDefinitionKey());
        events.publishEvent(new UppgiftSkapad(task.getId(), task.getProcessInstanceId(),
                arendeId == null ? null : UUID.fromString(arendeId.toString()),
                arendeId == null ? null : task.getExecution().getProcessBusinessKey(),
                task.getTaskDefinitionKey(), task.getName(), kandidatgrupp, task.getAssignee(),
                tid(task.getCreateTime()), tid(task.getDueDate()),
                frist == null ? null : (String) task.getVariable(frist + "FristKalla"),
                frist == null ? null : (String) task.getVariable(frist + "Dagberakning"),
                personId == null ? null : UUID.fromString(personId.toString()), sida(task)));
    }

    /**
     * The task's form key when it names a page of ours (e.g. {@code /sip/${sipId}}): the task is done there, through
     * the use cases, not by completing it on the task page.
     */
    private static String sida(DelegateTask task) {
        if (task instanceof TaskEntity entity) {
            entity.initializeFormKey();
            String formKey = entity.getFormKey();
            return formKey != null && formKey.startsWith("/") ? formKey : null;
        }
        return null;
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
