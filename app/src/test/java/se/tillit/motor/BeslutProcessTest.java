package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Beslutprocessen.TASK_FATTA_BESLUT_ENLIGT_DOM;
import static se.tillit.motor.Beslutprocessen.TASK_OMPROVA;
import static se.tillit.motor.Beslutprocessen.TASK_OVERLAMNA;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.korrelera;
import static se.tillit.motor.Processsteg.timernLoserUt;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A decision: the appeal window and laga kraft (C6, R33); an appeal's omprövning, forwarding within the municipality's
 * target (FL 46 §) and the court's outcome, each done on the decision's page (form key); omprövning before giltig tom
 * (R17, T03), which ends when the insats is ended (issue 17).
 */
@Processtackning(Beslutprocessen.PROCESS)
@Deployment(
        resources = {
            "processes/beslut.bpmn",
            "processes/verkstallighet.bpmn",
            "processes/uppfoljning.bpmn",
            "decisions/bevakningsfrist.dmn",
            "decisions/paminnelse.dmn",
            "forms/uppfoljning.form"
        })
class BeslutProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-05-29T10:00");

    @Test
    void anAppealWindowEndingOnMidsommaraftonMovesToTheMondayAfter() { // C6
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29"); // a Friday: three weeks later is midsommarafton, 2026-06-19

        assertThat(beslut).variables().containsEntry("overklagandeFrist", "2026-06-22");
        Assertions.assertThat(fakes.overklagandefrister).containsExactly("2026-06-22");
        timernLoserUt(beslut, Beslutprocessen.TIMER_OVERKLAGANDETIDEN_UTE, "2026-06-23T00:00");

        Assertions.assertThat(fakes.lagaKraft).containsExactly("2026-06-23");
        assertThat(beslut)
                .isEnded()
                .hasPassed(
                        Beslutprocessen.END_LAGA_KRAFT,
                        Beslutprocessen.END_INGEN_VERKSTALLIGHET,
                        Beslutprocessen.END_TILLS_VIDARE)
                .hasNotPassed(Beslutprocessen.CALL_VERKSTALLIGHET);
    }

    @Test
    void anAppealWindowEndingOnASaturdayMovesToMonday() { // C6
        ProcessInstance beslut = starta("AVSLAG", null);

        delge(beslut, "2026-11-07"); // + 3 weeks = Saturday 2026-11-28

        assertThat(beslut).variables().containsEntry("overklagandeFrist", "2026-11-30");
    }

    @Test
    void anAppealInTimeIsReconsideredOnTheDecisionsPageAndEndsWhenTheDecisionIsChangedEntirely() { // R33, FL 45 §
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29");

        overklaga(beslut, "2026-06-01");
        assertThat(beslut).isWaitingAt(TASK_OMPROVA);
        assertThat(task(beslut)).hasCandidateGroup("LSS:HANDLAGGARE");
        Assertions.assertThat(sida(beslut)).as("done on the decision's page").isEqualTo("/beslut/" + beslutId(beslut));
        // the page's use case completes the task with the outcome only: the reasons stay in its table
        complete(task(beslut), withVariables(Beslutprocessen.VAR_OMPROVNING, "ANDRAT_HELT"));

        assertThat(beslut)
                .isEnded()
                .hasPassed(Beslutprocessen.END_BESLUTET_ANDRAT)
                .hasNotPassed(Beslutprocessen.SERVICE_LAGA_KRAFT, TASK_OVERLAMNA);
        Assertions.assertThat(fakes.overlamnandefrister).isEmpty();
    }

    @Test
    void anAppealNotGrantedInOmprovningIsForwardedWithinAWeekAndTheCourtsOutcomeIsRecorded() { // R33, FL 46 §
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29");
        String overklagandeId = overklaga(beslut, "2026-06-02"); // a Tuesday: the target is Tuesday 2026-06-09

        complete(task(beslut), withVariables(Beslutprocessen.VAR_OMPROVNING, "INTE_ANDRAT"));
        assertThat(beslut).isWaitingAt(TASK_OVERLAMNA);
        assertThat(task(beslut)).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2026-06-09T23:59"));
        Assertions.assertThat(sida(beslut)).isEqualTo("/beslut/" + beslutId(beslut));
        assertThat(beslut).variables().containsEntry("overlamnandeFristKalla", "LOKALT_MAL");
        Assertions.assertThat(fakes.overlamnandefrister).containsExactly(overklagandeId + ":2026-06-09");
        complete(task(beslut));
        assertThat(beslut).isWaitingAt(Beslutprocessen.RECEIVE_DOMSLUT);
        domslut(beslut, "AVSLAGET");

        assertThat(beslut)
                .isEnded()
                .hasPassedInOrder(
                        TASK_OMPROVA,
                        Beslutprocessen.SERVICE_BERAKNA_OVERLAMNANDEFRIST,
                        TASK_OVERLAMNA,
                        Beslutprocessen.RECEIVE_DOMSLUT,
                        Beslutprocessen.END_DOM_REGISTRERAD)
                .hasNotPassed(Beslutprocessen.TASK_OVERLAMNANDE_FORSENAT);
    }

    @Test
    void aForwardingTargetOnAWeekendMovesToTheMondayAfter() { // FL 46 §, lag 1930:173
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29");
        overklaga(beslut, "2026-06-06"); // a Saturday: a week later is Saturday 2026-06-13

        complete(task(beslut), withVariables(Beslutprocessen.VAR_OMPROVNING, "ANDRAT_DELVIS"));

        assertThat(task(beslut)).hasDefinitionKey(TASK_OVERLAMNA).hasDueDate(tidpunkt("2026-06-15T23:59"));
    }

    @Test
    void theHandlaggareIsRemindedTwoDaysBeforeTheForwardingTarget() { // FL 46 §
        ProcessInstance beslut = attOverlamna("2026-06-02");

        timernLoserUt(beslut, Beslutprocessen.TIMER_PAMINNELSE_OVERLAMNANDE, "2026-06-07T08:00");

        Assertions.assertThat(fakes.paminnelser).containsExactly("OVERLAMNANDE:2026-06-09");
        assertThat(beslut).isWaitingAt(TASK_OVERLAMNA).hasPassed(Beslutprocessen.END_OVERLAMNANDE_PAMINNT);
    }

    @Test
    void aForwardingPastItsTargetGoesToTheChefWhileTheTaskStaysOpen() { // FL 46 §
        ProcessInstance beslut = attOverlamna("2026-06-02");

        timernLoserUt(beslut, Beslutprocessen.TIMER_OVERLAMNANDE_FORSENAT, "2026-06-10T00:00");

        org.camunda.bpm.engine.task.Task chefens = taskQuery()
                .taskDefinitionKey(Beslutprocessen.TASK_OVERLAMNANDE_FORSENAT)
                .singleResult();
        assertThat(chefens).hasCandidateGroup("LSS:CHEF");
        assertThat(beslut).isWaitingAt(TASK_OVERLAMNA, Beslutprocessen.TASK_OVERLAMNANDE_FORSENAT);
        complete(chefens);
        complete(taskQuery().taskDefinitionKey(TASK_OVERLAMNA).singleResult());
        assertThat(beslut)
                .hasPassed(Beslutprocessen.END_OVERLAMNANDE_ESKALERAT)
                .isWaitingAt(Beslutprocessen.RECEIVE_DOMSLUT);
    }

    @Test
    void whenTheCourtGrantsTheAppealTheHandlaggareMakesANewDecisionFromTheDecisionsPage() { // R33
        ProcessInstance beslut = hosDomstolen();

        domslut(beslut, "BIFALLET");

        assertThat(beslut).isWaitingAt(TASK_FATTA_BESLUT_ENLIGT_DOM);
        assertThat(task(beslut)).hasCandidateGroup("LSS:HANDLAGGARE");
        Assertions.assertThat(sida(beslut)).isEqualTo("/beslut/" + beslutId(beslut));
        complete(task(beslut), withVariables("nyttBeslutId", UUID.randomUUID().toString()));
        assertThat(beslut).isEnded().hasPassed(Beslutprocessen.END_DOM_VERKSTALLD);
    }

    @Test
    void aJudgmentThatSetsTheDecisionAsideCallsForNoNewDecisionTask() { // R33
        ProcessInstance beslut = hosDomstolen();

        domslut(beslut, "UNDANROJT");

        assertThat(beslut)
                .isEnded()
                .hasPassed(Beslutprocessen.END_DOM_REGISTRERAD)
                .hasNotPassed(TASK_FATTA_BESLUT_ENLIGT_DOM);
    }

    @Test
    void aFavourableDecisionIsOrderedAtOnceWithoutWaitingForLagaKraft() { // C7
        ProcessInstance beslut = starta("BIFALL", null);

        ProcessInstance verkstallighet = runtimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(beslut.getId())
                .singleResult();
        assertThat(verkstallighet).isWaitingAt(Verkstallighetsprocessen.RECEIVE_VERKSTALLD);
        Assertions.assertThat(fakes.bestallningar).containsExactly("UTF-SOLROSEN:2026-06-01");
        assertThat(beslut).isWaitingAt(Beslutprocessen.RECEIVE_DELGIVNING, Beslutprocessen.CALL_VERKSTALLIGHET);
    }

    @Test
    void aTimeLimitedDecisionIsReconsideredBeforeItEnds() { // R17, T03
        ProcessInstance beslut = starta("DELVIS_BIFALL", "2027-05-31");

        Assertions.assertThat(
                        timer(beslut, Beslutprocessen.TIMER_OMPROVNING_DAGS).getDuedate())
                .isEqualTo(tidpunkt("2027-04-01T08:00"));
        klockan("2027-04-01T08:00");
        execute(timer(beslut, Beslutprocessen.TIMER_OMPROVNING_DAGS));

        org.camunda.bpm.engine.task.Task omprovning = taskQuery()
                .taskDefinitionKey(Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM)
                .singleResult();
        assertThat(omprovning).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2027-05-31T23:59"));
        complete(omprovning);
        assertThat(beslut).hasPassed(Beslutprocessen.END_OMPROVAT);
    }

    @Test
    void anInsatsEndedBeforeTheReminderDayEndsTheWaitAndNoOmprovningTaskComes() { // R17, T03, issue 17
        ProcessInstance beslut = starta("DELVIS_BIFALL", "2027-05-31");
        Assertions.assertThat(timer(beslut, Beslutprocessen.TIMER_OMPROVNING_DAGS))
                .isNotNull();

        // as InsatsavslutKoppling correlates it: to every process of the decision that waits for it
        Assertions.assertThat(avslutaInsatsen(beslut))
                .as("the decision's omprövning and its verkställighet")
                .hasSize(2);

        assertThat(beslut)
                .hasPassed(Beslutprocessen.END_OMPROVNING_INSATS_AVSLUTAD, Beslutprocessen.END_VERKSTALLIGHET)
                .hasNotPassed(Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM, Beslutprocessen.END_OMPROVAT)
                .isWaitingAt(Beslutprocessen.RECEIVE_DELGIVNING); // the appeal window still runs from the delgivning
        Assertions.assertThat(jobb(beslut, Beslutprocessen.TIMER_OMPROVNING_DAGS))
                .as("no reminder day left to come")
                .isEmpty();
        Assertions.assertThat(taskQuery()
                        .taskDefinitionKey(Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM)
                        .count())
                .isZero();
    }

    @Test
    void anInsatsEndedWhileTheOmprovningTaskIsOpenEndsTheTaskAndWithLagaKraftTheDecisionsProcess() { // R17, issue 17
        ProcessInstance beslut = starta("BIFALL", "2027-05-31");
        delge(beslut, "2026-05-29");
        klockan("2026-06-23T00:00");
        execute(timer(beslut, Beslutprocessen.TIMER_OVERKLAGANDETIDEN_UTE));
        klockan("2027-04-01T08:00");
        execute(timer(beslut, Beslutprocessen.TIMER_OMPROVNING_DAGS));
        Assertions.assertThat(taskQuery()
                        .taskDefinitionKey(Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM)
                        .count())
                .isOne();

        avslutaInsatsen(beslut);

        Assertions.assertThat(taskQuery().processInstanceId(beslut.getId()).count())
                .isZero();
        assertThat(beslut)
                .isEnded()
                .hasPassed(
                        Beslutprocessen.END_LAGA_KRAFT,
                        Beslutprocessen.END_VERKSTALLIGHET,
                        Beslutprocessen.END_OMPROVNING_INSATS_AVSLUTAD)
                .hasNotPassed(Beslutprocessen.END_OMPROVAT);
    }

    @Test
    void anOmprovningDoneBeforeTheAvslutIsNotTouchedByIt() { // R17
        ProcessInstance beslut = starta("BIFALL", "2027-05-31");
        klockan("2027-04-01T08:00");
        execute(timer(beslut, Beslutprocessen.TIMER_OMPROVNING_DAGS));
        complete(taskQuery()
                .taskDefinitionKey(Beslutprocessen.TASK_OMPROVA_FORE_GILTIG_TOM)
                .singleResult());

        Assertions.assertThat(avslutaInsatsen(beslut))
                .as("only the verkställighet still waits")
                .hasSize(1);

        assertThat(beslut)
                .hasPassed(Beslutprocessen.END_OMPROVAT)
                .hasNotPassed(Beslutprocessen.END_OMPROVNING_INSATS_AVSLUTAD);
    }

    private static java.util.List<org.camunda.bpm.engine.runtime.MessageCorrelationResult> avslutaInsatsen(
            ProcessInstance beslut) {
        return runtimeService()
                .createMessageCorrelation(Beslutprocessen.MEDDELANDE_INSATS_AVSLUTAD)
                .processInstanceVariableEquals(Beslutprocessen.VAR_BESLUT_ID, beslutId(beslut))
                .setVariable("insatsAvslutad", "2026-10-01")
                .correlateAllWithResult();
    }

    private static java.util.List<Job> jobb(ProcessInstance instance, String aktivitet) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(aktivitet)
                .list();
    }

    private static ProcessInstance starta(String utfall, String giltigTom) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put(Beslutprocessen.VAR_BESLUT_ID, UUID.randomUUID().toString());
        variabler.put(Arendeprocessen.VAR_ARENDE_ID, UUID.randomUUID().toString());
        variabler.put("enhet", "LSS");
        variabler.put(Beslutprocessen.VAR_UTFALL, utfall);
        variabler.put(Verkstallighetsprocessen.VAR_BESLUTSDATUM, "2026-05-29");
        variabler.put(Beslutprocessen.VAR_GILTIG_TOM, giltigTom);
        variabler.put(Genomforandeplanprocessen.VAR_UTFORARE, "UTF-SOLROSEN");
        variabler.put("utforartyp", "EGEN_REGI");
        variabler.put("onskadStart", "2026-06-01");
        return runtimeService().startProcessInstanceByKey(Beslutprocessen.PROCESS, "2026-000004", variabler);
    }

    /** An appeal in time, as the beslut module's use case correlates it: its id and the day it came in. */
    private static String overklaga(ProcessInstance beslut, String inkom) {
        String overklagandeId = UUID.randomUUID().toString();
        runtimeService()
                .createMessageCorrelation(Beslutprocessen.MEDDELANDE_OVERKLAGANDE_INKOMMIT)
                .processInstanceId(beslut.getId())
                .setVariable("overklagandeId", overklagandeId)
                .setVariable("overklagandeInkom", inkom)
                .correlate();
        return overklagandeId;
    }

    /** The waiting task's form key as the task list reads it: the page where the task is done. */
    private static String sida(ProcessInstance beslut) {
        return taskQuery()
                .processInstanceId(beslut.getId())
                .initializeFormKeys()
                .singleResult()
                .getFormKey();
    }

    private static String beslutId(ProcessInstance beslut) {
        return (String) runtimeService().getVariable(beslut.getId(), Beslutprocessen.VAR_BESLUT_ID);
    }

    private static void delge(ProcessInstance beslut, String datum) {
        korrelera(beslut, Beslutprocessen.MEDDELANDE_DELGIVET, Beslutprocessen.VAR_DELGIVNINGSDATUM, datum);
    }

    /** A refusal appealed in time, kept in omprövning and forwarded: the process waits for the court. */
    private static ProcessInstance hosDomstolen() {
        ProcessInstance beslut = attOverlamna("2026-06-01");
        complete(task(beslut));
        assertThat(beslut).isWaitingAt(Beslutprocessen.RECEIVE_DOMSLUT);
        return beslut;
    }

    /** A refusal appealed in time on this day and kept in omprövning: the handläggare forwards the appeal. */
    private static ProcessInstance attOverlamna(String inkom) {
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29");
        overklaga(beslut, inkom);
        complete(task(beslut), withVariables(Beslutprocessen.VAR_OMPROVNING, "INTE_ANDRAT"));
        return beslut;
    }

    private static void domslut(ProcessInstance beslut, String utfall) {
        korrelera(beslut, Beslutprocessen.MEDDELANDE_DOMSLUT, Beslutprocessen.VAR_DOMSTOLENS_UTFALL, utfall);
    }

    private static Job timer(ProcessInstance instance, String event) {
        return UtredningProcessTest.timer(instance, event);
    }
}
