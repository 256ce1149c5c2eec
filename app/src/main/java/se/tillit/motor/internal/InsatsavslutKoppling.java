package se.tillit.motor.internal;

import static se.tillit.motor.Beslutprocessen.MEDDELANDE_INSATS_AVSLUTAD;
import static se.tillit.motor.Beslutprocessen.PROCESS;
import static se.tillit.motor.Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM;
import static se.tillit.motor.Beslutprocessen.TIMER_OMPROVNING_DAGS;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.beslut.InsatsAvslutad;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Texter;
import se.tillit.motor.Beslutprocessen;

/** From the avslut of an insats (issue 17) to the decision's processes, inside the use case's transaction (ADR 5). */
@Component
@RequiredArgsConstructor
class InsatsavslutKoppling {

    private final RuntimeService runtimeService;

    /**
     * The insats ended: every process of the decision that waits for the message ends what waits (verkställighet, and
     * with it the called uppföljning; the provider's genomförandeplan not yet set; the decision's omprövning before
     * giltig tom). A decision whose verkställighet already ended (a follow-up ended it) and that is not time-limited has
     * none: nothing to do.
     */
    @EventListener
    void insatsAvslutad(InsatsAvslutad avslutad) {
        try {
            runtimeService
                    .createMessageCorrelation(MEDDELANDE_INSATS_AVSLUTAD)
                    .processInstanceVariableEquals(
                            Beslutprocessen.VAR_BESLUT_ID, avslutad.beslutId().toString())
                    .setVariable("insatsAvslutad", avslutad.datum().toString())
                    .correlateAllWithResult();
            avslutaOmprovningIAldreVersioner(avslutad.beslutId().toString());
        } catch (OptimisticLockingException e) {
            throw new Konflikt(Texter.text("motor.fel.beslutetsProcessAndradesSamtidigt", e.getMessage()));
        }
    }

    /**
     * Decisions started on a version of {@code beslut} from before issue 17's avslut have no boundary event for the
     * message around the omprövning: their wait for the reminder day, or the task itself, is cancelled here, so no
     * handläggare is asked to reconsider a decision whose insats has ended. The current version has already left both
     * (the message interrupted them), so this finds nothing there.
     */
    private void avslutaOmprovningIAldreVersioner(String beslutId) {
        for (ProcessInstance beslut : runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .variableValueEquals(Beslutprocessen.VAR_BESLUT_ID, beslutId)
                .list()) {
            ActivityInstance trad = runtimeService.getActivityInstance(beslut.getId());
            if (trad == null) {
                continue;
            }
            var andring = runtimeService.createProcessInstanceModification(beslut.getId());
            boolean nagot = false;
            for (String aktivitet : new String[] {TIMER_OMPROVNING_DAGS, TASK_OMPROVA_FORE_GILTIG_TOM}) {
                if (trad.getActivityInstances(aktivitet).length > 0) {
                    andring.cancelAllForActivity(aktivitet);
                    nagot = true;
                }
            }
            if (nagot) {
                andring.execute();
            }
        }
    }
}
