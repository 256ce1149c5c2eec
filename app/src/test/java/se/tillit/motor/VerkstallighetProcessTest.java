package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.korrelera;
import static se.tillit.motor.Processsteg.timernLoserUt;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ej-verkställt clock from the decision and from an avbrott (C7, R22, R23, C21). */
@Processtackning(Verkstallighetsprocessen.PROCESS)
@Deployment(
        resources = {
            "processes/verkstallighet.bpmn",
            "processes/uppfoljning.bpmn",
            "decisions/bevakningsfrist.dmn",
            "decisions/paminnelse.dmn",
            "forms/uppfoljning.form"
        })
class VerkstallighetProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-02-10T09:00");

    @Test
    void notExecutedThreeMonthsAfterTheDecisionItIsRecordedAsEjVerkstallt() { // C7, R22
        ProcessInstance verkstallighet = starta();
        Assertions.assertThat(UtredningProcessTest.timer(verkstallighet, Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT)
                        .getDuedate())
                .isEqualTo(tidpunkt("2026-05-11T00:00"));
        klockan("2026-04-10T08:00");
        execute(UtredningProcessTest.timer(verkstallighet, Verkstallighetsprocessen.TIMER_PAMINNELSE_EJ_VERKSTALLT));
        Assertions.assertThat(fakes.paminnelser).containsExactly("EJ_VERKSTALLT:2026-05-10");
        klockan("2026-05-11T00:00");

        execute(UtredningProcessTest.timer(verkstallighet, Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT));

        Assertions.assertThat(fakes.ejVerkstallda).containsExactly("BESLUT:2026-02-10:2026-05-11");
        // the record stays open and the order still waits: executing it later closes the record (use case)
        assertThat(verkstallighet)
                .isWaitingAt(Verkstallighetsprocessen.RECEIVE_VERKSTALLD)
                .hasPassed(Verkstallighetsprocessen.END_EJ_VERKSTALLT);
    }

    @Test
    void anExecutedInsatsIsFollowedUpAndAnAvbrottStartsANewThreeMonthClock() { // R23, C21
        ProcessInstance verkstallighet = starta();
        korrelera(
                verkstallighet,
                Verkstallighetsprocessen.MEDDELANDE_VERKSTALLD,
                Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                "2026-03-02");
        assertThat(verkstallighet).isWaitingAt(Verkstallighetsprocessen.CALL_UPPFOLJNING);
        Assertions.assertThat(fakes.planeradeUppfoljningar).containsExactly("2027-03-02");

        korrelera(
                verkstallighet,
                Verkstallighetsprocessen.MEDDELANDE_AVBROTT,
                Verkstallighetsprocessen.VAR_AVBROTT_FRAN,
                "2026-09-15");

        assertThat(verkstallighet).isWaitingAt(Verkstallighetsprocessen.RECEIVE_ATERUPPTAGEN);
        timernLoserUt(verkstallighet, Verkstallighetsprocessen.TIMER_EJ_VERKSTALLT_EFTER_AVBROTT, "2026-12-16T00:00");
        Assertions.assertThat(fakes.ejVerkstallda).containsExactly("AVBROTT:2026-09-15:2026-12-16");

        korrelera(
                verkstallighet,
                Verkstallighetsprocessen.MEDDELANDE_ATERUPPTAGEN,
                Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                "2027-01-11");
        assertThat(verkstallighet).isWaitingAt(Verkstallighetsprocessen.CALL_UPPFOLJNING);
        Assertions.assertThat(fakes.planeradeUppfoljningar).containsExactly("2027-03-02", "2028-01-11");
    }

    @Test
    void theInsatsEndsWhenTheFollowUpEndsIt() {
        ProcessInstance verkstallighet = starta();
        korrelera(
                verkstallighet,
                Verkstallighetsprocessen.MEDDELANDE_VERKSTALLD,
                Uppfoljningsprocessen.VAR_UPPFOLJNING_START,
                "2026-03-02");

        complete(
                taskQuery()
                        .taskDefinitionKey(Uppfoljningsprocessen.TASK_FOLJA_UPP)
                        .singleResult(),
                withVariables(Uppfoljningsprocessen.VAR_RESULTAT, "AVSLUT", "anteckning", "Målen är uppnådda"));

        assertThat(verkstallighet).isEnded().hasPassed(Verkstallighetsprocessen.END_INSATS_AVSLUTAD);
    }

    @Test
    void anInsatsEndedBeforeItStartedEndsTheWaitAndTheEjVerkstalltClock() { // C7: nothing left to execute
        ProcessInstance verkstallighet = starta();
        assertThat(verkstallighet).isWaitingAt(Verkstallighetsprocessen.RECEIVE_VERKSTALLD);

        runtimeService()
                .createMessageCorrelation(Verkstallighetsprocessen.MEDDELANDE_INSATS_AVSLUTAD)
                .processInstanceId(verkstallighet.getId())
                .setVariable("insatsAvslutad", "2026-10-01")
                .correlate();

        assertThat(verkstallighet).isEnded().hasPassed(Verkstallighetsprocessen.END_INSATS_AVSLUTAD_PA_BESLUTET);
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(verkstallighet.getId())
                        .count())
                .isZero();
        Assertions.assertThat(fakes.ejVerkstallda).isEmpty();
    }

    private static ProcessInstance starta() {
        return starta(UUID.randomUUID().toString(), "2026-000005");
    }

    /** The verkställighet of an LSS decision of 2026-02-10, by provider UTF-SOLROSEN from 2026-03-01. */
    static ProcessInstance starta(String beslutId, String arendenummer) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put(Beslutprocessen.VAR_BESLUT_ID, beslutId);
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, UUID.randomUUID().toString());
        variabler.put("enhet", "LSS");
        variabler.put(Verkstallighetsprocessen.VAR_BESLUTSDATUM, "2026-02-10");
        variabler.put(Genomforandeplanprocessen.VAR_UTFORARE, "UTF-SOLROSEN");
        variabler.put("utforartyp", "LOV");
        variabler.put("onskadStart", "2026-03-01");
        return runtimeService().startProcessInstanceByKey(Verkstallighetsprocessen.PROCESS, arendenummer, variabler);
    }
}
