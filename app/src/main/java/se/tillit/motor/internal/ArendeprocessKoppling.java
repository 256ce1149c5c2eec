package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.arende.AktualiseringRegistrerad;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.utredning.UtredningForlangd;

/**
 * From use cases to processes. The listeners run inside the use case's transaction, which the engine
 * joins: the registration and the process start (or the förlängning and the moved deadline) commit
 * together or not at all.
 */
@Component
@RequiredArgsConstructor
class ArendeprocessKoppling {

    static final String ARENDEPROCESS = Arendeprocessen.PROCESS;
    static final String TASK_BESLUTA_OM_UTREDNING = Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING;
    private static final Logger log = LoggerFactory.getLogger(ArendeprocessKoppling.class);

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    @EventListener
    void aktualiseringRegistrerad(AktualiseringRegistrerad registrerad) {
        if (!registrerad.nyttArende()) {
            nyAktualiseringIOppetArende(registrerad);
            return;
        }
        Map<String, Object> variabler = new HashMap<>();
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, registrerad.arendeId().toString());
        variabler.put(
                Arendeprocessen.VAR_AKTUALISERING_ID,
                registrerad.aktualiseringId().toString());
        variabler.put("arendenummer", registrerad.arendenummer());
        variabler.put(Utredningsprocessen.VAR_ARENDETYP, registrerad.arendetyp().name());
        variabler.put("aktualiseringstyp", registrerad.typ().name());
        variabler.put("enhet", registrerad.enhet());
        variabler.put("inkom", registrerad.inkom().toString());
        variabler.put(Aktualiseringsprocessen.VAR_BARNANMALAN, registrerad.barnanmalan());
        runtimeService.startProcessInstanceByKey(ARENDEPROCESS, registrerad.arendenummer(), variabler);
    }

    /**
     * The open case assesses the new aktualisering in its event subprocess. Its values travel under ny*
     * names, mapped into the called aktualisering: a message start event puts its variables on the case's
     * process instance, where the plain names belong to the case's first aktualisering.
     */
    private void nyAktualiseringIOppetArende(AktualiseringRegistrerad registrerad) {
        Map<String, Object> nya = new HashMap<>();
        nya.put("nyAktualiseringId", registrerad.aktualiseringId().toString());
        nya.put("nyAktualiseringstyp", registrerad.typ().name());
        nya.put("nyInkom", registrerad.inkom().toString());
        nya.put("nyBarnanmalan", registrerad.barnanmalan());
        try {
            runtimeService
                    .createMessageCorrelation(Arendeprocessen.MEDDELANDE_NY_AKTUALISERING)
                    .processInstanceBusinessKey(registrerad.arendenummer())
                    .setVariables(nya)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel(
                    "arendetyp", Texter.text("motor.fel.tarInteEmotAktualiseringar", registrerad.arendenummer()));
        }
        log.info(
                "Aktualisering {} is assessed within the open case {}",
                registrerad.aktualiseringId(),
                registrerad.arendenummer());
    }

    @EventListener
    void forhandsbedomningForlangd(se.tillit.arende.ForhandsbedomningForlangd forlangd) {
        forlang(
                Forhandsbedomningsprocessen.MEDDELANDE_FORHANDSBEDOMNING_FORLANGD,
                Arendeprocessen.VAR_AKTUALISERING_ID,
                forlangd.aktualiseringId(),
                Forhandsbedomningsprocessen.VAR_FORHANDSBEDOMNING_FRIST,
                forlangd.nyFrist(),
                TASK_BESLUTA_OM_UTREDNING,
                "motor.fel.forhandsbedomningenVantarIntePaEttBeslutOm");
    }

    @EventListener
    void utredningForlangd(UtredningForlangd forlangd) {
        forlang(
                Utredningsprocessen.MEDDELANDE_UTREDNING_FORLANGD,
                Utredningsprocessen.VAR_UTREDNING_ID,
                forlangd.utredningId(),
                Utredningsprocessen.VAR_UTREDNING_FRIST,
                forlangd.nyFrist(),
                UtredningprocessKoppling.TASK_UTREDA,
                "motor.fel.utredningenPagarInteLangreIProcessenOch");
    }

    /**
     * A förlängning: the process instance whose {@code idVariabel} is {@code id} gets {@code meddelande} with its new
     * deadline; the task the message interrupts comes back to whoever had taken it. A process not waiting for the
     * message refuses the förlängning with {@code felnyckel}.
     */
    private void forlang(
            String meddelande,
            String idVariabel,
            java.util.UUID id,
            String fristVariabel,
            java.time.LocalDate nyFrist,
            String uppgift,
            String felnyckel) {
        String tagenAv = tagenAv(idVariabel, id.toString(), uppgift);
        try {
            runtimeService
                    .createMessageCorrelation(meddelande)
                    .processInstanceVariableEquals(idVariabel, id.toString())
                    .setVariable(fristVariabel, nyFrist.toString())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel("nyFrist", felnyckel);
        }
        behallHos(tagenAv, idVariabel, id.toString(), uppgift);
    }

    /** Who has taken the task the förlängning interrupts, or null. */
    private String tagenAv(String variabel, String varde, String uppgift) {
        return uppgifter(variabel, varde, uppgift).stream()
                .map(Task::getAssignee)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The förlängning interrupts the task and the process creates it anew with the new deadline: it stays with whoever
     * had taken it, who would otherwise find their work back on the unit's list (and could not sign the investigation).
     */
    private void behallHos(String tagenAv, String variabel, String varde, String uppgift) {
        if (tagenAv != null) {
            uppgifter(variabel, varde, uppgift).forEach(task -> taskService.setAssignee(task.getId(), tagenAv));
        }
    }

    private java.util.List<Task> uppgifter(String variabel, String varde, String uppgift) {
        return taskService
                .createTaskQuery()
                .processVariableValueEquals(variabel, varde)
                .taskDefinitionKey(uppgift)
                .list();
    }
}
