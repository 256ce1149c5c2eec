package se.tillit.motor.internal;

import static se.tillit.motor.Barnprocesserna.ANMALARINFORMATION;
import static se.tillit.motor.Barnprocesserna.BARNPLACERING;
import static se.tillit.motor.Barnprocesserna.BARNUPPFOLJNING;
import static se.tillit.motor.Barnprocesserna.MEDDELANDE_BESLUT_OM_UTREDNING_FATTAT;
import static se.tillit.motor.Barnprocesserna.MEDDELANDE_PLACERING_AVSLUTAD;
import static se.tillit.motor.Barnprocesserna.TASK_ERBJUD_FORALDRASTOD;
import static se.tillit.motor.Barnprocesserna.TASK_FOLJA_UPP_BARNET;
import static se.tillit.motor.Barnprocesserna.TASK_INFORMERA_ANMALAREN;
import static se.tillit.motor.Barnprocesserna.TASK_OVERVAGA_PLACERING;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.barn.AnmalarinformationBegard;
import se.tillit.barn.AnmalarinformationLamnad;
import se.tillit.barn.AnmalarinformationsfristStartad;
import se.tillit.barn.BarnuppfoljningAvslutad;
import se.tillit.barn.BarnuppfoljningStartad;
import se.tillit.barn.ForaldrastodRegistrerat;
import se.tillit.beslut.PlaceringAvslutad;
import se.tillit.beslut.PlaceringOvervagd;
import se.tillit.beslut.PlaceringRegistrerad;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Barnprocesserna;
import se.tillit.motor.Beslutprocessen;

/**
 * From a child's steps after the decision to processes/anmalarinformation.bpmn, barnplacering.bpmn and
 * barnuppfoljning.bpmn, inside the use case's transaction (ADR 5), as SipprocessKoppling does for the SIP: a request,
 * a placement and a follow-up each start their process (business key: the case number); a recorded step completes the
 * task that waits for it, with the date the next timer needs; an ended placement interrupts its reviews and its offer
 * of parental support (R10). A step the
 * process does not wait for is refused with a 400 and nothing is saved. Only ids, dates and flags go to the engine.
 */
@Component
@RequiredArgsConstructor
class BarnprocessKoppling {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    @EventListener
    void anmalarinformationBegard(AnmalarinformationBegard begard) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("begaranId", begard.begaranId().toString());
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, begard.arendeId().toString());
        variabler.put("enhet", begard.enhet());
        // null: the decision is not taken yet; the process waits for it (Receive_BeslutOmUtredning)
        variabler.put(
                Barnprocesserna.VAR_ANMALARINFORMATION_START,
                begard.fristStart() == null ? null : begard.fristStart().toString());
        variabler.put(Barnprocesserna.VAR_ANMALARINFORMATION_SEN, begard.senBegaran());
        runtimeService.startProcessInstanceByKey(ANMALARINFORMATION, begard.arendenummer(), variabler);
    }

    /** The decision came: a request that waited for it gets its week from the decision's day. */
    @EventListener
    void anmalarinformationsfristStartad(AnmalarinformationsfristStartad startad) {
        runtimeService
                .createMessageCorrelation(MEDDELANDE_BESLUT_OM_UTREDNING_FATTAT)
                .processInstanceVariableEquals("begaranId", startad.begaranId().toString())
                .setVariable(
                        Barnprocesserna.VAR_ANMALARINFORMATION_START,
                        startad.fristStart().toString())
                .correlateAllWithResult();
    }

    @EventListener
    void anmalarinformationLamnad(AnmalarinformationLamnad lamnad) {
        slutfor(
                "begaranId",
                lamnad.begaranId().toString(),
                TASK_INFORMERA_ANMALAREN,
                Map.of(),
                "lamnad",
                "motor.fel.begaranVantarIntePaAttInformationenLamnas");
    }

    @EventListener
    void placeringRegistrerad(PlaceringRegistrerad placering) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("placeringId", placering.placeringId().toString());
        variabler.put(Beslutprocessen.VAR_BESLUT_ID, placering.beslutId().toString());
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, placering.arendeId().toString());
        variabler.put("enhet", placering.enhet());
        variabler.put(
                Barnprocesserna.VAR_PLACERING_SENAST_OVERVAGD,
                placering.placeradFran().toString());
        // R10: the week to offer the parents a support contact runs from the placement's first day
        variabler.put("placeradFran", placering.placeradFran().toString());
        runtimeService.startProcessInstanceByKey(BARNPLACERING, placering.arendenummer(), variabler);
    }

    @EventListener
    void foraldrastodRegistrerat(ForaldrastodRegistrerat registrerat) {
        slutfor(
                "placeringId",
                registrerat.placeringId().toString(),
                TASK_ERBJUD_FORALDRASTOD,
                Map.of(),
                Beslutprocessen.VAR_UTFALL,
                "barn.foraldrastod.konflikt.ingenUppgift");
    }

    @EventListener
    void placeringOvervagd(PlaceringOvervagd overvagd) {
        slutfor(
                "placeringId",
                overvagd.placeringId().toString(),
                TASK_OVERVAGA_PLACERING,
                Map.of(
                        Barnprocesserna.VAR_PLACERING_SENAST_OVERVAGD,
                        overvagd.datum().toString()),
                "datum",
                "motor.fel.placeringenVantarIntePaEttOvervagande");
    }

    /** The reviews stop; a placement whose process has already ended (an older placement) has nothing to stop. */
    @EventListener
    void placeringAvslutad(PlaceringAvslutad avslutad) {
        runtimeService
                .createMessageCorrelation(MEDDELANDE_PLACERING_AVSLUTAD)
                .processInstanceVariableEquals(
                        "placeringId", avslutad.placeringId().toString())
                .setVariable("placeringAvslutad", avslutad.avslutad().toString())
                .correlateAllWithResult();
    }

    @EventListener
    void barnuppfoljningStartad(BarnuppfoljningStartad startad) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("barnuppfoljningId", startad.uppfoljningId().toString());
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, startad.arendeId().toString());
        variabler.put("enhet", startad.enhet());
        variabler.put("barnuppfoljningBevakning", startad.grund().bevakning());
        variabler.put("barnuppfoljningStart", startad.start().toString());
        runtimeService.startProcessInstanceByKey(BARNUPPFOLJNING, startad.arendenummer(), variabler);
    }

    @EventListener
    void barnuppfoljningAvslutad(BarnuppfoljningAvslutad avslutad) {
        slutfor(
                "barnuppfoljningId",
                avslutad.uppfoljningId().toString(),
                TASK_FOLJA_UPP_BARNET,
                Map.of(),
                "avslutad",
                "motor.fel.uppfoljningenVantarIntePaAttAvslutas");
    }

    private void slutfor(
            String variabel, String id, String uppgift, Map<String, Object> variabler, String falt, String fel) {
        Task task = taskService
                .createTaskQuery()
                .taskDefinitionKey(uppgift)
                .processVariableValueEquals(variabel, id)
                .singleResult();
        if (task == null) {
            throw new Valideringsfel(falt, fel);
        }
        taskService.complete(task.getId(), variabler);
    }
}
