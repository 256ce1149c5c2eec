package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.tillit.arende.AktualiseringRegistrerad;
import se.tillit.fel.Valideringsfel;
import se.tillit.utredning.UtredningForlangd;

/**
 * From use cases to processes. The listeners run inside the use case's transaction, which the engine
 * joins: the registration and the process start (or the förlängning and the moved deadline) commit
 * together or not at all.
 */
@Component
class ArendeprocessKoppling {

    static final String ARENDEPROCESS = "arende";
    private static final Logger log = LoggerFactory.getLogger(ArendeprocessKoppling.class);

    private final RuntimeService runtimeService;

    ArendeprocessKoppling(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void aktualiseringRegistrerad(AktualiseringRegistrerad registrerad) {
        if (!registrerad.nyttArende()) {
            // recorded on the person's open case; handling it inside the running case is the next step of issue 2/7
            log.info("Aktualisering {} joined the open case {}", registrerad.aktualiseringId(), registrerad.arendenummer());
            return;
        }
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("arendeId", registrerad.arendeId().toString());
        variabler.put("aktualiseringId", registrerad.aktualiseringId().toString());
        variabler.put("arendenummer", registrerad.arendenummer());
        variabler.put("arendetyp", registrerad.arendetyp().name());
        variabler.put("aktualiseringstyp", registrerad.typ().name());
        variabler.put("enhet", registrerad.enhet());
        variabler.put("inkom", registrerad.inkom().toString());
        variabler.put("barnanmalan", registrerad.barnanmalan());
        runtimeService.startProcessInstanceByKey(ARENDEPROCESS, registrerad.arendenummer(), variabler);
    }

    @EventListener
    void utredningForlangd(UtredningForlangd forlangd) {
        try {
            runtimeService.createMessageCorrelation("UtredningForlangd")
                    .processInstanceVariableEquals("utredningId", forlangd.utredningId().toString())
                    .setVariable("utredningFrist", forlangd.nyFrist().toString())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel("nyFrist", "Utredningen pågår inte längre i processen och kan inte förlängas");
        }
    }
}
