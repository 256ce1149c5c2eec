package se.tillit.motor.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.motor.Barnprocesserna;
import se.tillit.motor.BegaranOmAvgorandeprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.Genomforandeplanprocessen;
import se.tillit.motor.IndividuellPlanprocessen;
import se.tillit.motor.LexSarahprocessen;
import se.tillit.motor.Sipprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.uppgift.UppgiftAndrad;
import se.tillit.uppgift.UppgiftSkapad;

/**
 * Turns the engine's task events into our own events for the task projection, inside the engine's
 * transaction: a task and its row appear and disappear together.
 */
@Component
@RequiredArgsConstructor
class UppgiftshandelserFranMotorn {

    /** Which deadline a task's due date is, so the list can name its source (docs/processes.md). */
    static final Map<String, String> FRIST_PER_UPPGIFT = Map.ofEntries(
            Map.entry(Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING, "skyddsbedomning"),
            Map.entry(Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING, "forhandsbedomning"),
            Map.entry(Utredningsprocessen.TASK_UTREDA, "utredning"),
            Map.entry(Utredningsprocessen.TASK_INVANTA_KOMMUNICERINGSSVAR, "kommunicering"),
            Map.entry(Uppfoljningsprocessen.TASK_FOLJA_UPP, "uppfoljning"),
            Map.entry(Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM, "omprovning"),
            Map.entry(BegaranOmAvgorandeprocessen.TASK_AVGORA_ELLER_AVSLA, "begaran"),
            Map.entry(Beslutprocessen.TASK_OVERLAMNA, "overlamnande"),
            // SIP (table bevakningsfrist)
            Map.entry(Sipprocessen.TASK_INHAMTA_SAMTYCKE, "sipKallelse"),
            Map.entry(Sipprocessen.TASK_SKICKA_KALLELSE, "sipKallelse"),
            Map.entry(Sipprocessen.TASK_HALLA_MOTE, "sipMote"),
            Map.entry(Sipprocessen.TASK_FOLJA_UPP_SIP, "sipUppfoljning"),
            // a child's clocks after the decision (table barnfrister, issue 17)
            Map.entry(Barnprocesserna.TASK_INFORMERA_ANMALAREN, "anmalarinformation"),
            Map.entry(Barnprocesserna.TASK_OVERVAGA_PLACERING, "placeringsovervagande"),
            Map.entry(se.tillit.motor.Barnprocesserna.TASK_ERBJUD_FORALDRASTOD, "foraldrastod"),
            Map.entry(Barnprocesserna.TASK_FOLJA_UPP_BARNET, "barnuppfoljning"),
            // lex Sarah (table lexsarahfrist): local targets
            Map.entry(LexSarahprocessen.TASK_UTREDA_LEX_SARAH, "utredning"),
            Map.entry(LexSarahprocessen.TASK_BEDOMA_ALLVARLIGHET, "bedomning"),
            Map.entry(LexSarahprocessen.TASK_ANMALA_TILL_IVO, "ivoAnmalan"),
            Map.entry(LexSarahprocessen.TASK_REGISTRERA_ATGARDER, "atgarder"),
            // the provider's genomförandeplan (table genomforandeplanfrist): a local target
            Map.entry(Genomforandeplanprocessen.TASK_UPPRATTA_GENOMFORANDEPLAN, "genomforandeplan"),
            Map.entry(Genomforandeplanprocessen.TASK_GENOMFORANDEPLAN_FORSENAD, "genomforandeplan"),
            // LSS individuell plan (table bevakningsfrist INDIVIDUELL_PLAN, LSS 10 §)
            Map.entry(IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN, "individuellPlan"));

    private final ApplicationEventPublisher events;

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
                .map(link -> link.getGroupId())
                .sorted()
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (grupper.isEmpty()) {
            return;
        }
        // the task's own unit first: the list shows it, the other groups (the committee's) may see it too
        Object enhet = task.getVariable("enhet");
        String kandidatgrupp = grupper.stream()
                .filter(g -> enhet != null && g.startsWith(enhet + ":"))
                .findFirst()
                .orElse(grupper.get(0));
        if (kandidatgrupp.endsWith(":" + se.tillit.sakerhet.Roll.UTFORARE.name())) {
            return; // a provider's task (the genomförandeplan) is worked from its orders (/bestallningar), not the task
            // list
        }
        grupper.remove(kandidatgrupp);
        String frist = FRIST_PER_UPPGIFT.get(task.getTaskDefinitionKey());
        events.publishEvent(new UppgiftSkapad(
                task.getId(),
                task.getProcessInstanceId(),
                arendeId == null ? null : UUID.fromString(arendeId.toString()),
                arendeId == null && lexsarahId == null
                        ? null
                        : task.getExecution().getProcessBusinessKey(),
                task.getTaskDefinitionKey(),
                task.getName(),
                kandidatgrupp,
                task.getAssignee(),
                tid(task.getCreateTime()),
                tid(task.getDueDate()),
                frist == null ? null : (String) task.getVariable(frist + "FristKalla"),
                frist == null ? null : (String) task.getVariable(frist + "Dagberakning"),
                personId == null ? null : UUID.fromString(personId.toString()),
                sida(task),
                lexsarahId == null ? null : UUID.fromString(lexsarahId.toString()),
                grupper));
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
