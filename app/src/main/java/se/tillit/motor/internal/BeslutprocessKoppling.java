package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.Map;

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
import se.tillit.fel.Valideringsfel;
import se.tillit.verkstallighet.InsatsAterupptagen;
import se.tillit.verkstallighet.InsatsAvbruten;
import se.tillit.verkstallighet.InsatsVerkstalld;
import se.tillit.fel.Texter;

/**
 * From the decision's use cases to its processes, inside the use case's transaction (as ArendeprocessKoppling).
 * A message no process waits for is a request the case's state does not allow: a 400, and nothing is saved.
 */
@Component
class BeslutprocessKoppling {

    static final String TASK_OMPROVA = "Task_Omprova";
    static final String TASK_OVERLAMNA = "Task_Overlamna";
    static final String TASK_FATTA_BESLUT_ENLIGT_DOM = "Task_FattaBeslutEnligtDom";

    private final RuntimeService runtimeService;
    private final org.camunda.bpm.engine.TaskService taskService;

    BeslutprocessKoppling(RuntimeService runtimeService, org.camunda.bpm.engine.TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** The report completes the decision's waiting follow-up task; its service task records it. */
    @EventListener
    void uppfoljningRapporterad(se.tillit.uppfoljning.UppfoljningRapporterad rapport) {
        org.camunda.bpm.engine.task.Task uppgift = taskService.createTaskQuery().taskDefinitionKey("Task_FoljaUpp")
                .processVariableValueEquals("beslutId", rapport.beslutId().toString()).singleResult();
        if (uppgift == null) {
            throw new Valideringsfel("resultat", "motor.fel.beslutetHarIngenUppfoljningSomVantar");
        }
        // the note is free text: handed to the follow-up's service task as a transient value, never stored in the
        // engine (docs/adr/0019); the use case keeps it in uppfoljning
        taskService.complete(uppgift.getId(), org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(se.tillit.motor.Formularflaggor.RESULTAT, rapport.resultat())
                .putValueTyped("anteckning", org.camunda.bpm.engine.variable.Variables.stringValue(rapport.anteckning(), true)));
    }

    @EventListener
    void beslutFattat(BeslutFattat fattat) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("beslutId", fattat.beslutId().toString());
        variabler.put("arendeId", fattat.arendeId().toString());
        variabler.put("arendenummer", fattat.arendenummer());
        variabler.put("enhet", fattat.enhet());
        variabler.put("utfall", fattat.utfall().name());
        variabler.put("beslutsdatum", fattat.beslutsdatum().toString());
        variabler.put("giltigTom", fattat.giltigTom() == null ? null : fattat.giltigTom().toString());
        variabler.put("utforare", fattat.utforare());
        variabler.put("utforartyp", fattat.utforartyp() == null ? null : fattat.utforartyp().name());
        variabler.put("onskadStart", fattat.onskadStart() == null ? null : fattat.onskadStart().toString());
        runtimeService.startProcessInstanceByKey("beslut", fattat.arendenummer(), variabler);
    }

    @EventListener
    void delgivet(BeslutDelgivet delgivet) {
        korrelera("Delgivet", delgivet.beslutId().toString(), Map.of("delgivningsdatum", delgivet.delgivningsdatum().toString()),
                "delgivningsdatum", "motor.fel.beslutetVantarIntePaDelgivning");
    }

    @EventListener
    void overklagat(OverklagandeInkommit overklagande) {
        korrelera("OverklagandeInkommit", overklagande.beslutId().toString(),
                Map.of("overklagandeId", overklagande.overklagandeId().toString(),
                        "overklagandeInkom", overklagande.inkom().toString()),
                "inkom", "motor.fel.beslutetHarRedanVunnitLagaKraftEller");
    }

    @EventListener
    void domslut(DomslutRegistrerat dom) {
        korrelera("Domslut", dom.beslutId().toString(), Map.of("domstolensUtfall", dom.utfall()),
                "utfall", "motor.fel.overklagandetVantarIntePaDomstolensAvgorande");
    }

    /** The omprövning recorded on the decision's page completes its task; the gateway reads the outcome. */
    @EventListener
    void omprovning(OmprovningRegistrerad omprovning) {
        slutfor(TASK_OMPROVA, omprovning.overklagandeId(), Map.of("omprovning", omprovning.utfall().name()), "omprovning",
                "motor.fel.overklagandetVantarIntePaEnOmprovning");
    }

    @EventListener
    void overlamnat(OverklagandeOverlamnat overlamnat) {
        slutfor(TASK_OVERLAMNA, overlamnat.overklagandeId(), Map.of(), "overlamnat",
                "motor.fel.overklagandetVantarIntePaAttOverlamnas");
    }

    @EventListener
    void nyttBeslutEnligtDom(BeslutEnligtDomFattat fattat) {
        slutfor(TASK_FATTA_BESLUT_ENLIGT_DOM, fattat.overklagandeId(), Map.of("nyttBeslutId", fattat.nyttBeslutId().toString()),
                "nyttBeslut", "motor.fel.overklagandetVantarIntePaEttNyttBeslut");
    }

    @EventListener
    void verkstalld(InsatsVerkstalld verkstalld) {
        korrelera("Verkstalld", verkstalld.beslutId().toString(), Map.of("verkstalldDatum", verkstalld.verkstalld().toString(),
                "uppfoljningStart", verkstalld.verkstalld().toString()), "verkstalld", "motor.fel.insatsenVantarIntePaVerkstallighet");
    }

    @EventListener
    void avbruten(InsatsAvbruten avbrott) {
        korrelera("Avbrott", avbrott.beslutId().toString(), Map.of("avbrottFran", avbrott.fran().toString()),
                "fran", "motor.fel.insatsenPagarInteOchKanInteAvbrytas");
    }

    @EventListener
    void aterupptagen(InsatsAterupptagen aterupptagen) {
        korrelera("Aterupptagen", aterupptagen.beslutId().toString(), Map.of("uppfoljningStart", aterupptagen.datum().toString()),
                "datum", "motor.fel.insatsenArInteAvbruten");
    }

    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        try {
            runtimeService.createMessageCorrelation("ArendeAvslutat")
                    .processInstanceBusinessKey(avslutat.arendenummer()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel("avslutsorsak", "motor.fel.arendetKanAvslutasForstNarUtredningenAr");
        }
    }

    /**
     * Completes the appeal's waiting task. A task no process waits for is a step the state does not allow (400); the
     * same process moved at the same moment by a timer or another node is a {@link Konflikt} (409), never a 500.
     */
    private void slutfor(String uppgift, java.util.UUID overklagandeId, Map<String, Object> variabler, String falt, String fel) {
        org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().taskDefinitionKey(uppgift)
                .processVariableValueEquals("overklagandeId", overklagandeId.toString()).singleResult();
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
            runtimeService.createMessageCorrelation(meddelande).processInstanceVariableEquals("beslutId", beslutId)
                    .setVariables(variabler).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Valideringsfel(falt, fel);
        }
    }
}
