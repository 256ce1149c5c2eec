package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Sipprocessen;
import se.tillit.sip.KallelseRegistrerad;
import se.tillit.sip.MoteRegistrerat;
import se.tillit.sip.PlanUppfoljd;
import se.tillit.sip.PlanUpprattad;
import se.tillit.sip.SamtyckeAterkallat;
import se.tillit.sip.SamtyckeRegistrerat;
import se.tillit.sip.SipAvbojd;
import se.tillit.sip.SipBegard;

/**
 * From the SIP's use cases to processes/sip.bpmn, inside the use case's transaction (ADR 5). Each recorded step
 * completes the user task that waits for it, with the flags and dates the gateways and timers need; a step the
 * process does not wait for is refused with a 400 and nothing is saved. A withdrawn consent interrupts the process.
 */
@Component
@RequiredArgsConstructor
class SipprocessKoppling {

    static final String SIPPROCESS = Sipprocessen.PROCESS;

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    /** The business key is the case number when the SIP belongs to a case, so the auditor sees it in the case's history. */
    @EventListener
    void begard(SipBegard begard) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put(Sipprocessen.VAR_SIP_ID, begard.sipId().toString());
        variabler.put("personId", begard.personId().toString());
        if (begard.arendeId() != null) {
            variabler.put(Arendeprocessen.VAR_ARENDE_ID, begard.arendeId().toString());
        }
        variabler.put("enhet", begard.enhet());
        variabler.put(Sipprocessen.VAR_SIP_ONSKAN, begard.onskan().name());
        variabler.put("sipBegard", begard.begard().toString());
        String affarsnyckel = begard.arendenummer() != null ? begard.arendenummer() : "SIP-" + begard.sipId();
        runtimeService.startProcessInstanceByKey(SIPPROCESS, affarsnyckel, variabler);
    }

    @EventListener
    void avbojd(SipAvbojd avbojd) {
        slutfor(
                avbojd.sipId().toString(),
                Sipprocessen.TASK_INHAMTA_SAMTYCKE,
                Map.of(Sipprocessen.VAR_SIP_ONSKAN, "NEJ"),
                "onskan",
                "motor.fel.sipEnVantarIntePaPersonensSvar");
    }

    @EventListener
    void samtycke(SamtyckeRegistrerat samtycke) {
        slutfor(
                samtycke.sipId().toString(),
                Sipprocessen.TASK_INHAMTA_SAMTYCKE,
                Map.of(Sipprocessen.VAR_SIP_ONSKAN, "JA"),
                "givet",
                "motor.fel.sipEnVantarIntePaEttSamtycke");
    }

    @EventListener
    void kallelse(KallelseRegistrerad kallelse) {
        slutfor(
                kallelse.sipId().toString(),
                Sipprocessen.TASK_SKICKA_KALLELSE,
                Map.of(Sipprocessen.VAR_SIP_MOTESDATUM, kallelse.motesdatum().toString()),
                "skickad",
                "fel.sipEnVantarIntePaEnKallelse");
    }

    @EventListener
    void mote(MoteRegistrerat mote) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put(Sipprocessen.VAR_SIP_FLER_MOTEN, mote.flerMoten());
        if (mote.nastaMote() != null) {
            variabler.put(Sipprocessen.VAR_SIP_MOTESDATUM, mote.nastaMote().toString());
        }
        slutfor(
                mote.sipId().toString(),
                Sipprocessen.TASK_HALLA_MOTE,
                variabler,
                "datum",
                "fel.sipEnVantarIntePaEttMote");
    }

    @EventListener
    void plan(PlanUpprattad plan) {
        slutfor(
                plan.sipId().toString(),
                Sipprocessen.TASK_UPPRATTA_PLAN,
                Map.of(
                        Sipprocessen.VAR_SIP_UPPFOLJNINGSDATUM,
                        plan.uppfoljning().toString()),
                "upprattad",
                "fel.sipEnVantarIntePaEnPlan");
    }

    @EventListener
    void uppfoljd(PlanUppfoljd uppfoljd) {
        slutfor(
                uppfoljd.sipId().toString(),
                Sipprocessen.TASK_FOLJA_UPP_SIP,
                Map.of(
                        Sipprocessen.VAR_SIP_UPPFOLJNINGSRESULTAT,
                        uppfoljd.resultat().name()),
                "genomford",
                "fel.sipEnHarIngenPlanSomVantar");
    }

    @EventListener
    void aterkallat(SamtyckeAterkallat aterkallat) {
        try {
            runtimeService
                    .createMessageCorrelation(Sipprocessen.MEDDELANDE_SAMTYCKE_ATERKALLAT)
                    .processInstanceVariableEquals(
                            Sipprocessen.VAR_SIP_ID, aterkallat.sipId().toString())
                    .setVariable("sipSamtyckeAterkallat", aterkallat.datum().toString())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel("datum", "motor.fel.sipEnPagarInteLangreOchHar");
        }
    }

    private void slutfor(String sipId, String uppgift, Map<String, Object> variabler, String falt, String fel) {
        Task task = taskService
                .createTaskQuery()
                .taskDefinitionKey(uppgift)
                .processVariableValueEquals(Sipprocessen.VAR_SIP_ID, sipId)
                .singleResult();
        if (task == null) {
            throw new Valideringsfel(falt, fel);
        }
        taskService.complete(task.getId(), variabler);
    }
}
