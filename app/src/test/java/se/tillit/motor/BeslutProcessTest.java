package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A decision: the appeal window and laga kraft (C6, R33), omprövning before giltig tom (R17, T03). */
@Deployment(resources = {"processes/beslut.bpmn", "processes/verkstallighet.bpmn", "processes/uppfoljning.bpmn",
        "decisions/bevakningsfrist.dmn", "decisions/paminnelse.dmn", "forms/omprovning.form", "forms/uppfoljning.form"})
class BeslutProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = PostgresProcessEngine.extension();

    @RegisterExtension
    Processfakes fakes = Processfakes.med(engine, "2026-05-29T10:00");


    @Test
    void anAppealWindowEndingOnMidsommaraftonMovesToTheMondayAfter() { // C6
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29"); // a Friday: three weeks later is midsommarafton, 2026-06-19

        assertThat(beslut).variables().containsEntry("overklagandeFrist", "2026-06-22");
        Assertions.assertThat(fakes.overklagandefrister).containsExactly("2026-06-22");
        Assertions.assertThat(timer(beslut, "Timer_OverklagandetidenUte").getDuedate()).isEqualTo(tidpunkt("2026-06-23T00:00"));
        klockan("2026-06-23T00:00");

        execute(timer(beslut, "Timer_OverklagandetidenUte"));

        Assertions.assertThat(fakes.lagaKraft).containsExactly("2026-06-23");
        assertThat(beslut).isEnded().hasPassed("End_LagaKraft", "End_IngenVerkstallighet", "End_TillsVidare")
                .hasNotPassed("Call_Verkstallighet");
    }

    @Test
    void anAppealWindowEndingOnASaturdayMovesToMonday() { // C6
        ProcessInstance beslut = starta("AVSLAG", null);

        delge(beslut, "2026-11-07"); // + 3 weeks = Saturday 2026-11-28

        assertThat(beslut).variables().containsEntry("overklagandeFrist", "2026-11-30");
    }

    @Test
    void anAppealInTimeIsReconsideredAndEndsWhenTheDecisionIsChangedEntirely() { // R33
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29");

        runtimeService().createMessageCorrelation("OverklagandeInkommit").processInstanceId(beslut.getId())
                .setVariable("overklagandeId", UUID.randomUUID().toString()).correlate();
        assertThat(beslut).isWaitingAt("Task_Omprova");
        complete(task(beslut), withVariables("omprovning", "ANDRAT_HELT", "motivering", "Nya läkarintyg visar behovet"));

        Assertions.assertThat(fakes.omprovningar).containsExactly("ANDRAT_HELT");
        assertThat(beslut).isEnded().hasPassed("End_BeslutetAndrat").hasNotPassed("Service_LagaKraft");
    }

    @Test
    void anAppealNotGrantedInOmprovningGoesToTheCourtWhoseOutcomeIsRecorded() { // R33
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29");
        runtimeService().createMessageCorrelation("OverklagandeInkommit").processInstanceId(beslut.getId())
                .setVariable("overklagandeId", UUID.randomUUID().toString()).correlate();

        complete(task(beslut), withVariables("omprovning", "INTE_ANDRAT", "motivering", "Inga nya omständigheter"));
        assertThat(beslut).isWaitingAt("Task_Overlamna");
        complete(task(beslut));
        assertThat(beslut).isWaitingAt("Receive_Domslut");
        runtimeService().createMessageCorrelation("Domslut").processInstanceId(beslut.getId())
                .setVariable("domstolensUtfall", "AVSLAGET").correlate();

        assertThat(beslut).isEnded().hasPassedInOrder("Task_Omprova", "Task_Overlamna", "Receive_Domslut", "End_DomRegistrerad");
    }

    @Test
    void whenTheCourtGrantsTheAppealTheHandlaggareMakesANewDecision() { // R33
        ProcessInstance beslut = starta("AVSLAG", null);
        delge(beslut, "2026-05-29");
        runtimeService().createMessageCorrelation("OverklagandeInkommit").processInstanceId(beslut.getId())
                .setVariable("overklagandeId", UUID.randomUUID().toString()).correlate();
        complete(task(beslut), withVariables("omprovning", "INTE_ANDRAT", "motivering", "Inga nya omständigheter"));
        complete(task(beslut));

        runtimeService().createMessageCorrelation("Domslut").processInstanceId(beslut.getId())
                .setVariable("domstolensUtfall", "BIFALLET").correlate();

        assertThat(beslut).isWaitingAt("Task_FattaBeslutEnligtDom");
        assertThat(task(beslut)).hasCandidateGroup("LSS:HANDLAGGARE");
        complete(task(beslut));
        assertThat(beslut).isEnded().hasPassed("End_DomVerkstalld");
    }

    @Test
    void aFavourableDecisionIsOrderedAtOnceWithoutWaitingForLagaKraft() { // C7
        ProcessInstance beslut = starta("BIFALL", null);

        ProcessInstance verkstallighet = runtimeService().createProcessInstanceQuery().superProcessInstanceId(beslut.getId())
                .singleResult();
        assertThat(verkstallighet).isWaitingAt("Receive_Verkstalld");
        Assertions.assertThat(fakes.bestallningar).containsExactly("UTF-SOLROSEN:2026-06-01");
        assertThat(beslut).isWaitingAt("Receive_Delgivning", "Call_Verkstallighet");
    }

    @Test
    void aTimeLimitedDecisionIsReconsideredBeforeItEnds() { // R17, T03
        ProcessInstance beslut = starta("DELVIS_BIFALL", "2027-05-31");

        Assertions.assertThat(timer(beslut, "Timer_OmprovningDags").getDuedate()).isEqualTo(tidpunkt("2027-04-01T08:00"));
        klockan("2027-04-01T08:00");
        execute(timer(beslut, "Timer_OmprovningDags"));

        org.camunda.bpm.engine.task.Task omprovning = taskQuery().taskDefinitionKey("Task_OmprovaForeGiltigTom").singleResult();
        assertThat(omprovning).hasCandidateGroup("LSS:HANDLAGGARE").hasDueDate(tidpunkt("2027-05-31T23:59"));
        complete(omprovning);
        assertThat(beslut).hasPassed("End_Omprovat");
    }

    private static ProcessInstance starta(String utfall, String giltigTom) {
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("beslutId", UUID.randomUUID().toString());
        variabler.put("arendeId", UUID.randomUUID().toString());
        variabler.put("enhet", "LSS");
        variabler.put("utfall", utfall);
        variabler.put("beslutsdatum", "2026-05-29");
        variabler.put("giltigTom", giltigTom);
        variabler.put("utforare", "UTF-SOLROSEN");
        variabler.put("utforartyp", "EGEN_REGI");
        variabler.put("onskadStart", "2026-06-01");
        return runtimeService().startProcessInstanceByKey("beslut", "2026-000004", variabler);
    }

    private static void delge(ProcessInstance beslut, String datum) {
        runtimeService().createMessageCorrelation("Delgivet").processInstanceId(beslut.getId())
                .setVariable("delgivningsdatum", datum).correlate();
    }

    private static Job timer(ProcessInstance instance, String event) {
        return UtredningProcessTest.timer(instance, event);
    }
}
