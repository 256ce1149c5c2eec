package se.tillit.motor.internal;

import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.fel.Valideringsfel;
import se.tillit.lexsarah.IvoAnmalanSkickad;
import se.tillit.lexsarah.LexSarahAvslutad;
import se.tillit.lexsarah.LexSarahBedomd;
import se.tillit.lexsarah.LexSarahRapporterad;
import se.tillit.lexsarah.LexSarahUtredd;
import se.tillit.motor.LexSarahprocessen;

/**
 * The lex Sarah use cases to their process, in the use case's transaction (ADR 5): a report starts it, each recorded
 * step completes the ansvarig's task that waits for it; a step the process does not wait for is refused with 400 and
 * rolls the use case back.
 */
@Component
@RequiredArgsConstructor
class LexSarahprocessKoppling {

    static final String LEXSARAHPROCESS = LexSarahprocessen.PROCESS;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;

    /**
     * Started without the reporter's identity: the engine would otherwise keep the author as the instance's start
     * user, in history that Cockpit shows (ADR 11).
     */
    @EventListener
    void rapporterad(LexSarahRapporterad rapport) {
        Authentication rapportor = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            runtimeService.startProcessInstanceByKey(
                    LEXSARAHPROCESS,
                    rapport.nummer(),
                    Map.of(
                            "lexsarahId",
                            rapport.rapportId().toString(),
                            "enhet",
                            rapport.enhet(),
                            LexSarahprocessen.VAR_NAMND,
                            rapport.namnd()));
        } finally {
            if (rapportor != null) {
                identityService.setAuthentication(rapportor);
            }
        }
    }

    @EventListener
    void utredd(LexSarahUtredd utredd) {
        slutfor(utredd.rapportId(), LexSarahprocessen.TASK_UTREDA_LEX_SARAH, Map.of(), utredd.av());
    }

    @EventListener
    void bedomd(LexSarahBedomd bedomd) {
        slutfor(
                bedomd.rapportId(),
                LexSarahprocessen.TASK_BEDOMA_ALLVARLIGHET,
                Map.of(LexSarahprocessen.VAR_ALLVARLIGT, bedomd.allvarligt()),
                bedomd.av());
    }

    @EventListener
    void anmald(IvoAnmalanSkickad anmald) {
        slutfor(anmald.rapportId(), LexSarahprocessen.TASK_ANMALA_TILL_IVO, Map.of(), anmald.av());
    }

    @EventListener
    void avslutad(LexSarahAvslutad avslutad) {
        slutfor(avslutad.rapportId(), LexSarahprocessen.TASK_REGISTRERA_ATGARDER, Map.of(), avslutad.av());
    }

    /** The one who recorded the step becomes the task's assignee, so the engine's history says who did it. */
    private void slutfor(UUID rapportId, String uppgift, Map<String, Object> variabler, String av) {
        Task task = taskService
                .createTaskQuery()
                .processDefinitionKey(LEXSARAHPROCESS)
                .processVariableValueEquals("lexsarahId", rapportId.toString())
                .taskDefinitionKey(uppgift)
                .singleResult();
        if (task == null) {
            throw new Valideringsfel("status", "motor.fel.rapportensProcessVantarIntePaDettaSteg");
        }
        if (!av.equals(task.getAssignee())) {
            taskService.setAssignee(task.getId(), av);
        }
        taskService.complete(task.getId(), variabler);
    }
}
