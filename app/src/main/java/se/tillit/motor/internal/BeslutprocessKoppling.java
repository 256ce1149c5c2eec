package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tillit.arende.ArendeAvslutat;
import se.tillit.beslut.BeslutDelgivet;
import se.tillit.beslut.BeslutEnligtDomFattat;
import se.tillit.beslut.BeslutFattat;
import se.tillit.beslut.DomslutRegistrerat;
import se.tillit.beslut.OmprovningRegistrerad;
import se.tillit.beslut.OverklagandeInkommit;
import se.tillit.beslut.OverklagandeOverlamnat;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Arendeprocessen;
import se.tillit.motor.Beslutprocessen;
import se.tillit.motor.Genomforandeplanprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Verkstallighetsprocessen;
import se.tillit.verkstallighet.InsatsAterupptagen;
import se.tillit.verkstallighet.InsatsAvbruten;
import se.tillit.verkstallighet.InsatsVerkstalld;

/**
 * From the decision's use cases to its processes, inside the use case's transaction (as ArendeprocessKoppling).
 * A message no process waits for is a request the case's state does not allow: a 400, and nothing is saved.
 */
@Component
@RequiredArgsConstructor
class BeslutprocessKoppling {

    static final String TASK_OMPROVA = Beslutprocessen.TASK_OMPROVA;
    static final String TASK_OVERLAMNA = Beslutprocessen.TASK_OVERLAMNA;
    static final String TASK_FATTA_BESLUT_ENLIGT_DOM = Beslutprocessen.TASK_FATTA_BESLUT_ENLIGT_DOM;

    private final RuntimeService runtimeService;
    private final org.camunda.bpm.engine.TaskService taskService;

    /** The report completes the decision's waiting follow-up task; its service task records it. */
    @EventListener
    void uppfoljningRapporterad(se.tillit.uppfoljning.UppfoljningRapporterad rapport) {
        org.camunda.bpm.engine.task.Task uppgift = taskService
                .createTaskQuery()
                .taskDefinitionKey(Uppfoljningsprocessen.TASK_FOLJA_UPP)
                .processVariableValueEquals(
                        Beslutprocessen.VAR_BESLUT_ID, rapport.beslutId().toString())
                .singleResult();
        if (uppgift == null) {
            throw new Valideringsfel("resultat", "motor.fel.beslutetHarIngenUppfoljningSomVantar");
        }
        // the note is free text: handed to the follow-up's service task as a transient value, never stored in the
        // engine (docs/adr/0019); the use case keeps it in uppfoljning
        taskService.complete(
                uppgift.getId(),
                org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue(se.tillit.motor.Formularflaggor.RESULTAT, rapport.resultat())
                        .putValueTyped(
                                "anteckning",
                                org.camunda.bpm.engine.variable.Variables.stringValue(rapport.anteckning(), true)));
    }

    @EventListener
    void beslutFattat(BeslutFattat fattat) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put(Beslutprocessen.VAR_BESLUT_ID, fattat.beslutId().toString());
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, fattat.arendeId().toString());
        variabler.put("arendenummer", fattat.arendenummer());
        variabler.put("enhet", fattat.enhet());
        variabler.put(Beslutprocessen.VAR_UTFALL, fattat.utfall().name());
        variabler.put(
                Verkstallighetsprocessen.VAR_BESLUTSDATUM, fattat.beslutsdatum().toString());
        variabler.put(
                Beslutprocessen.VAR_GILTIG_TOM,
                fattat.giltigTom() == null ? null : fattat.giltigTom().toString());
        variabler.put(Genomforandeplanprocessen.VAR_UTFORARE, fattat.utforare());
        variabler.put(
                "utforartyp",
                fattat.utforartyp() == null ? null : fattat.utforartyp().name());
        variabler.put(
                "onskadStart",
                fattat.onskadStart() == null ? null : fattat.onskadStart().toString());
        runtimeService.startProcessInstanceByKey(Beslutprocessen.PROCESS, fattat.arendenummer(), variabler);
    }

    @EventListener
    void delgivet(BeslutDelgivet delgivet) {
        korrelera(
                Beslutprocessen.MEDDELANDE_DELGIVET,
                delgivet.beslutId().toString(),
                Map.of(
                        Beslutprocessen.VAR_DELGIVNINGSDATUM,
                        delgivet.delgivningsdatum().toString()),
                "delgivningsdatum",
                "motor.fel.beslutetVantarIntePaDelgivning");
    }

    @EventListener
    void overklagat(OverklagandeInkommit overklagande) {
        korrelera(
                Beslutprocessen.MEDDELANDE_OVERKLAGANDE_INKOMMIT,
                overklagande.beslutId().toString(),
                Map.of(
                        "overklagandeId",
                        overklagande.overklagandeId().toString(),
                        "overklagandeInkom",
                        overklagande.inkom().toString()),
                "inkom",
                "motor.fel.beslutetHarRedanVunnitLagaKraftEller");
    }

    @EventListener
    void domslut(DomslutRegistrerat dom) {
        korrelera(
                Beslutprocessen.MEDDELANDE_DOMSLUT,
                dom.beslutId().toString(),
                Map.of(Beslutprocessen.VAR_DOMSTOLENS_UTFALL, dom.utfall()),
                "utfall",
                "motor.fel.overklagandetVantarIntePaDomstolensAvgorande");
    }

    /** The omprövning recorded on the decision's page completes its task; the gateway reads the outcome. */
    @EventListener
    void omprovning(OmprovningRegistrerad omprovning) {
        slutfor(
                TASK_OMPROVA,
                omprovning.overklagandeId(),
                Map.of(Beslutprocessen.VAR_OMPROVNING, omprovning.utfall().name()),
                "omprovning",
                "motor.fel.overklagandetVantarIntePaEnOmprovning");
    }

    @EventListener
    void overlamnat(OverklagandeOverlamnat overlamnat) {
        slutfor(
                TASK_OVERLAMNA,
                overlamnat.overklagandeId(),
                Map.of(),
                "overlamnat",
                "motor.fel.overklagandetVantarIntePaAttOverlamnas");
    }

    @EventListener
    void nyttBeslutEnligtDom(BeslutEnligtDomFattat fattat) {
        slutfor(
                TASK_FATTA_BESLUT_ENLIGT_DOM,
                fattat.overklagandeId(),
                Map.of("nyttBeslutId", fattat.nyttBeslutId().toString()),
                "nyttBeslut",
                "motor.fel.overklagandetVantarIntePaEttNyttBeslut");
    }

    @EventListener
    void verkstalld(InsatsVerkstalld verkstalld) {
        korrelera(
                Verkstallighetsprocessen.MEDDELANDE_VERKSTALLD,
                verkstalld.beslutId().toString(),
                Map.of(
                        Genomforandeplanprocessen.VAR_VERKSTALLD_DATUM,
                        verkstalld.verkstalld().toString(),
                        Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                        verkstalld.verkstalld().toString()),
                "verkstalld",
                "motor.fel.insatsenVantarIntePaVerkstallighet");
    }

    @EventListener
    void avbruten(InsatsAvbruten avbrott) {
        korrelera(
                Verkstallighetsprocessen.MEDDELANDE_AVBROTT,
                avbrott.beslutId().toString(),
                Map.of(Verkstallighetsprocessen.VAR_AVBROTT_FRAN, avbrott.fran().toString()),
                "fran",
                "motor.fel.insatsenPagarInteOchKanInteAvbrytas");
    }

    @EventListener
    void aterupptagen(InsatsAterupptagen aterupptagen) {
        korrelera(
                Verkstallighetsprocessen.MEDDELANDE_ATERUPPTAGEN,
                aterupptagen.beslutId().toString(),
                Map.of(
                        Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                        aterupptagen.datum().toString()),
                "datum",
                "motor.fel.insatsenArInteAvbruten");
    }

    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        try {
            runtimeService
                    .createMessageCorrelation(Arendeprocessen.MEDDELANDE_ARENDE_AVSLUTAT)
                    .processInstanceBusinessKey(avslutat.arendenummer())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel("avslutsorsak", "motor.fel.arendetKanAvslutasForstNarUtredningenAr");
        }
    }

    /**
     * Completes the appeal's waiting task. A task no process waits for is a step the state does not allow (400); the
     * same process moved at the same moment by a timer or another node is a {@link Konflikt} (409), never a 500.
     */
    private void slutfor(
            String uppgift, java.util.UUID overklagandeId, Map<String, Object> variabler, String falt, String fel) {
        org.camunda.bpm.engine.task.Task task = taskService
                .createTaskQuery()
                .taskDefinitionKey(uppgift)
                .processVariableValueEquals("overklagandeId", overklagandeId.toString())
                .singleResult();
        if (task == null) {
            throw new Valideringsfel(falt, fel);
        }
        try {
            taskService.complete(task.getId(), variabler);
        } catch (OptimisticLockingException e) {
            throw new Konflikt(Texter.text("motor.fel.beslutetsProcessAndradesSamtidigt", e.getMessage()));
        }
    }

    private void korrelera(String meddelande, String beslutId, Map<String, Object> variabler, String falt, String fel) {
        try {
            runtimeService
                    .createMessageCorrelation(meddelande)
                    .processInstanceVariableEquals(Beslutprocessen.VAR_BESLUT_ID, beslutId)
                    .setVariables(variabler)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel(falt, fel);
        }
    }
}
