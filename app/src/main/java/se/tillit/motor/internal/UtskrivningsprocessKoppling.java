package se.tillit.motor.internal;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Utskrivningsprocessen;
import se.tillit.utskrivning.InskrivningRegistrerad;
import se.tillit.utskrivning.SipKallelseRegistrerad;
import se.tillit.utskrivning.UtskrivningAvslutad;
import se.tillit.utskrivning.UtskrivningsklarRegistrerad;

/**
 * The region's messages to the discharge process, in the use case's transaction (ADR 5). The messages after the
 * first are correlated to every waiting instance of the stay and to none when the process has moved on: the
 * region's order is not ours to enforce, and the use case has recorded the message either way.
 */
@Component
@RequiredArgsConstructor
class UtskrivningsprocessKoppling {

    static final String UTSKRIVNINGSPROCESS = Utskrivningsprocessen.PROCESS;

    private final RuntimeService runtimeService;

    @EventListener
    void inskrivning(InskrivningRegistrerad inskrivning) {
        runtimeService.startProcessInstanceByKey(
                UTSKRIVNINGSPROCESS,
                inskrivning.arendenummer(),
                Map.of(
                        Arendeprocessen.VAR_ARENDE_ID,
                        inskrivning.arendeId().toString(),
                        "utskrivningId",
                        inskrivning.utskrivningId().toString(),
                        "enhet",
                        inskrivning.enhet()));
    }

    @EventListener
    void utskrivningsklar(UtskrivningsklarRegistrerad klar) {
        korrelera(
                Utskrivningsprocessen.MEDDELANDE_UTSKRIVNINGSKLAR,
                klar.utskrivningId().toString());
        if (klar.kallelseRedanMottagen()) {
            korrelera(
                    Utskrivningsprocessen.MEDDELANDE_SIP_KALLELSE,
                    klar.utskrivningId().toString());
        }
    }

    @EventListener
    void sipKallelse(SipKallelseRegistrerad kallelse) {
        korrelera(
                Utskrivningsprocessen.MEDDELANDE_SIP_KALLELSE,
                kallelse.utskrivningId().toString());
    }

    @EventListener
    void avslutad(UtskrivningAvslutad avslutad) {
        korrelera(
                Utskrivningsprocessen.MEDDELANDE_UTSKRIVNING_AVSLUTAD,
                avslutad.utskrivningId().toString());
    }

    private void korrelera(String meddelande, String utskrivningId) {
        runtimeService
                .createMessageCorrelation(meddelande)
                .processInstanceVariableEquals("utskrivningId", utskrivningId)
                .correlateAllWithResult();
    }
}
