package se.tillit.motor.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.tillit.uppgift.UppgiftAndrad;
import se.tillit.uppgift.UppgiftSkapad;

/**
 * Turns the engine's task events into our own events for the task projection, inside the engine's
 * transaction: a task and its row appear and disappear together.
 */
@Component
class UppgiftshandelserFranMotorn {

    /** Which deadline a task's due date is, so the list can name its source (docs/processes.md). */
    static final Map<String, String> FRIST_PER_UPPGIFT = Map.ofEntries(
            Map.entry("Task_OmedelbarSkyddsbedomning", "skyddsbedomning"),
            Map.entry("Task_BeslutaOmUtredning", "forhandsbedomning"),
            Map.entry("Task_Utreda", "utredning"),
            Map.entry("Task_InvantaKommuniceringssvar", "kommunicering"),
            Map.entry("Task_FoljaUpp", "uppfoljning"),
            Map.entry("Task_OmprovaForeGiltigTom", "omprovning"),
            Map.entry("Task_AvgoraEllerAvsla", "begaran"),
            Map.entry("Task_Overlamna", "overlamnande"),
            // SIP (table bevakningsfrist)
            Map.entry("Task_InhamtaSamtycke", "sipKallelse"),
            Map.entry("Task_SkickaKallelse", "sipKallelse"),
            Map.entry("Task_HallaMote", "sipMote"),
            Map.entry("Task_FoljaUppSip", "sipUppfoljning"),
            // a child's clocks after the decision (table barnfrister, issue 17)
            Map.entry("Task_InformeraAnmalaren", "anmalarinformation"),
            Map.entry("Task_OvervagaPlacering", "placeringsovervagande"),
            Map.entry(se.tillit.motor.Barnprocesserna.TASK_ERBJUD_FORALDRASTOD, "foraldrastod"),
            Map.entry("Task_FoljaUppBarnet", "barnuppfoljning"),
            // lex Sarah (table lexsarahfrist): local targets
            Map.entry("Task_UtredaLexSarah", "utredning"),
            Map.entry("Task_BedomaAllvarlighet", "bedomning"),
            Map.entry("Task_AnmalaTillIvo", "ivoAnmalan"),
            Map.entry("Task_RegistreraAtgarder", "atgarder"),
            // the provider's genomförandeplan (table genomforandeplanfrist): a local target
            Map.entry("Task_UpprattaGenomforandeplan", "genomforandeplan"),
            Map.entry("Task_GenomforandeplanForsenad", "genomforandeplan"),
            // LSS individuell plan (table bevakningsfrist INDIVIDUELL_PLAN, LSS 10 §)
            Map.entry("Task_OmprovaIndividuellPlan", "individuellPlan"));

    private final ApplicationEventPublisher events;

    UppgiftshandelserFranMotorn(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void skapad(DelegateTask task) {
        Object arendeId = task.getVariable("arendeId");
        Object personId = task.getVariable("personId");
        Object lexsarahId = arendeId == null ? task.getVariable("lexsarahId") : null;
        if (arendeId == null && personId == null && lexsarahId == null) {
            return; // not a case's, a person's or a lex Sarah report's task (e.g. a process started by hand in Cockpit)
        }
        List<String> grupper = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).sorted().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (grupper.isEmpty()) {
            return;
        }
        // the task's own unit first: the list shows it, the other groups (the committee's) may see it too
        Object enhet = task.getVariable("enhet");
        String kandidatgrupp = grupper.stream().filter(g -> enhet != null && g.startsWith(enhet + ":")).findFirst()
                .orElse(grupper.get(0));
        if (kandidatgrupp.endsWith(":" + se.tillit.sakerhet.Roll.UTFORARE.name())) {
            return; // a provider's task (the genomförandeplan) is worked from its orders (/bestallningar), not the task list
        }
        grupper.remove(kandidatgrupp);
        String frist = FRIST_PER_UPPGIFT.get(task.getTaskDefinitionKey());
        events.publishEvent(new UppgiftSkapad(task.getId(), task.getProcessInstanceId(),
                arendeId == null ? null : UUID.fromString(arendeId.toString()),
                arendeId == null && lexsarahId == null ? null : task.getExecution().getProcessBusinessKey(),
                task.getTaskDefinitionKey(), task.getName(), kandidatgrupp, task.getAssignee(),
                tid(task.getCreateTime()), tid(task.getDueDate()),
                frist == null ? null : (String) task.getVariable(frist + "FristKalla"),
                frist == null ? null : (String) task.getVariable(frist + "Dagberakning"),
                personId == null ? null : UUID.fromString(personId.toString()), sida(task),
                lexsarahId == null ? null : UUID.fromString(lexsarahId.toString()), grupper));
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
