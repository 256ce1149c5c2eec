package se.tillit.motor.internal;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.tillit.beslut.InsatsAvslutad;
import se.tillit.fel.Konflikt;

/** From the avslut of an insats (issue 17) to the decision's processes, inside the use case's transaction (ADR 5). */
@Component
class InsatsavslutKoppling {

    static final String MEDDELANDE_INSATS_AVSLUTAD = "InsatsAvslutad";

    private final RuntimeService runtimeService;

    InsatsavslutKoppling(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * The insats ended: every process of the decision that waits for the message ends (verkställighet, and with it the
     * called uppföljning; the provider's genomförandeplan not yet set). A decision whose verkställighet already ended (a follow-up ended it) has none: nothing to do.
     */
    @EventListener
    void insatsAvslutad(InsatsAvslutad avslutad) {
        try {
            runtimeService.createMessageCorrelation(MEDDELANDE_INSATS_AVSLUTAD)
                    .processInstanceVariableEquals("beslutId", avslutad.beslutId().toString())
                    .setVariable("insatsAvslutad", avslutad.datum().toString())
                    .correlateAllWithResult();
        } catch (OptimisticLockingException e) {
            throw new Konflikt("Beslutets process ändrades samtidigt: " + e.getMessage());
        }
    }
}
