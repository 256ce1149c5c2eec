package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;
import static se.tillit.motor.Processsteg.chefenKvitterarEskaleringen;
import static se.tillit.motor.Utredningsprocessen.END_KOMMUNICERING_BESVARAD;
import static se.tillit.motor.Utredningsprocessen.MEDDELANDE_KOMMUNICERING_SKICKAD;
import static se.tillit.motor.Utredningsprocessen.TASK_INVANTA_KOMMUNICERINGSSVAR;
import static se.tillit.motor.Utredningsprocessen.TASK_UTREDA;
import static se.tillit.motor.Utredningsprocessen.TIMER_PAMINNELSE_UTREDNING;
import static se.tillit.motor.Utredningsprocessen.TIMER_UTREDNINGSFRIST_PASSERAD;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The investigation's deadline, reminder, escalation and förlängning (R03, R04, R05, C4, C5, T01, T04, T06); the task
 * done on the investigation page; the kommunicering of the basis and the wait for the reply (förvaltningslagen 25 §,
 * SOSFS 2014:5 5 kap. 12 §).
 */
@Processtackning(Utredningsprocessen.PROCESS)
@Deployment(
        resources = {
            "processes/utredning.bpmn",
            "decisions/utredningsfrist.dmn",
            "decisions/paminnelse.dmn",
            "decisions/kommuniceringsfrist.dmn"
        })
class UtredningProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00");

    @Test
    void aChildInvestigationHasFourMonthsByLawWithAReminderTwoWeeksBefore() { // C4, T04
        ProcessInstance utredning = starta("BARN_OCH_UNGA");

        assertThat(utredning)
                .isWaitingAt(TASK_UTREDA)
                .variables()
                .containsEntry("utredningFrist", "2026-07-02")
                .containsEntry("utredningFristKalla", "LAG");
        assertThat(task(utredning)).hasCandidateGroup("BOU:HANDLAGGARE").hasDueDate(tidpunkt("2026-07-02T23:59"));
        Assertions.assertThat(timer(utredning, TIMER_PAMINNELSE_UTREDNING).getDuedate())
                .isEqualTo(tidpunkt("2026-06-18T08:00"));
        Assertions.assertThat(timer(utredning, TIMER_UTREDNINGSFRIST_PASSERAD).getDuedate())
                .isEqualTo(tidpunkt("2026-07-03T00:00"));
        Assertions.assertThat(fakes.sparadeFrister).containsExactly("2026-07-02:LAG");
    }

    @Test
    void daysUsedByAnEarlierInvestigationOfTheSameQuestionCount() { // C4: across closed and reopened investigations
        fakes.anvandaDagar = 40;

        assertThat(starta("BARN_OCH_UNGA")).variables().containsEntry("utredningFrist", "2026-05-23");
    }

    @Test
    void theReminderGoesToTheHandlaggareAndTheTaskStays() {
        ProcessInstance utredning = starta("BARN_OCH_UNGA");
        klockan("2026-06-18T08:00");

        execute(timer(utredning, TIMER_PAMINNELSE_UTREDNING));

        Assertions.assertThat(fakes.paminnelser).containsExactly("UTREDNING:2026-07-02");
        assertThat(utredning).isWaitingAt(TASK_UTREDA).hasPassed(Utredningsprocessen.END_UTREDNING_PAMINND);
    }

    @Test
    void aChildInvestigationPastFourMonthsWithoutForlangningEscalatesToTheChef() { // R04, R05
        ProcessInstance utredning = starta("BARN_OCH_UNGA");
        klockan("2026-07-03T00:00");

        execute(timer(utredning, TIMER_UTREDNINGSFRIST_PASSERAD));

        chefenKvitterarEskaleringen(
                utredning,
                TASK_UTREDA,
                Utredningsprocessen.TASK_UTREDNING_UTAN_FORLANGNING,
                "BOU:CHEF",
                Utredningsprocessen.END_UTREDNING_ESKALERAD);
    }

    @Test
    void aForlangningMovesTheDeadlineAndItsTimers() { // C4
        ProcessInstance utredning = starta("BARN_OCH_UNGA");

        runtimeService()
                .createMessageCorrelation(Utredningsprocessen.MEDDELANDE_UTREDNING_FORLANGD)
                .processInstanceId(utredning.getId())
                .setVariable(Utredningsprocessen.VAR_UTREDNING_FRIST, "2026-08-14")
                .correlate();

        assertThat(utredning)
                .isWaitingAt(TASK_UTREDA)
                .hasPassed(Utredningsprocessen.SERVICE_BERAKNA_FORLANGD_UTREDNINGSFRIST);
        assertThat(task(utredning)).hasDueDate(tidpunkt("2026-08-14T23:59"));
        Assertions.assertThat(timer(utredning, TIMER_PAMINNELSE_UTREDNING).getDuedate())
                .isEqualTo(tidpunkt("2026-07-31T08:00"));
        Assertions.assertThat(timer(utredning, TIMER_UTREDNINGSFRIST_PASSERAD).getDuedate())
                .isEqualTo(tidpunkt("2026-08-15T00:00"));
    }

    @Test
    void anAdultInvestigationPastTheLocalTargetAsksToInformThePersonAndTellsTheChef() { // C5, T01
        ProcessInstance utredning = starta("LSS");
        assertThat(utredning)
                .variables()
                .containsEntry("utredningFrist", "2026-06-02")
                .containsEntry("utredningFristKalla", "LOKALT_MAL");
        klockan("2026-06-03T00:00");

        execute(timer(utredning, TIMER_UTREDNINGSFRIST_PASSERAD));

        assertThat(utredning)
                .isWaitingAt(
                        TASK_UTREDA,
                        Utredningsprocessen.TASK_INFORMERA_OM_DROJSMAL,
                        Utredningsprocessen.TASK_UTREDNINGSMALET_PASSERAT);
        assertThat(taskQuery()
                        .taskDefinitionKey(Utredningsprocessen.TASK_INFORMERA_OM_DROJSMAL)
                        .singleResult())
                .hasCandidateGroup("BOU:HANDLAGGARE");
        assertThat(taskQuery()
                        .taskDefinitionKey(Utredningsprocessen.TASK_UTREDNINGSMALET_PASSERAT)
                        .singleResult())
                .hasCandidateGroup("BOU:CHEF");

        complete(taskQuery()
                .taskDefinitionKey(Utredningsprocessen.TASK_INFORMERA_OM_DROJSMAL)
                .singleResult());
        complete(taskQuery()
                .taskDefinitionKey(Utredningsprocessen.TASK_UTREDNINGSMALET_PASSERAT)
                .singleResult());
        assertThat(utredning)
                .hasPassed(Utredningsprocessen.END_INFORMERAD, Utredningsprocessen.END_CHEF_INFORMERAD)
                .isWaitingAt(TASK_UTREDA);
    }

    @Test
    void ekonomisktBistandHasThreeWeeks() { // T06
        assertThat(starta("EKONOMISKT_BISTAND")).variables().containsEntry("utredningFrist", "2026-03-23");
    }

    @Test
    void aCompletedInvestigationIsRecordedAsClosed() {
        ProcessInstance utredning = starta("VUXEN");

        complete(task(utredning));

        assertThat(utredning)
                .isEnded()
                .hasPassedInOrder(
                        TASK_UTREDA,
                        Utredningsprocessen.SERVICE_AVSLUTA_UTREDNING,
                        Utredningsprocessen.END_UTREDNING_KLAR);
        Assertions.assertThat(fakes.avslutadeUtredningar).hasSize(1);
    }

    @Test
    void utredaIsDoneOnTheInvestigationPage() { // issue 14: never completed empty on the task page
        ProcessInstance utredning = starta("LSS");

        Assertions.assertThat(formKey(TASK_UTREDA))
                .isEqualTo("/utredningar/" + variabel(utredning, Utredningsprocessen.VAR_UTREDNING_ID));
    }

    @Test
    void aKommuniceringByPostWaitsForTheReplyForTwoWeeksWhileUtredaWaits() { // FL 25 §
        ProcessInstance utredning = starta("LSS");

        String kommuniceringId = kommunicera(utredning, "2026-03-02", "POST");

        assertThat(utredning)
                .isWaitingAt(TASK_UTREDA, TASK_INVANTA_KOMMUNICERINGSSVAR)
                .variables()
                .containsEntry("kommuniceringFrist", "2026-03-16")
                .containsEntry("kommuniceringFristKalla", "LOKALT_MAL");
        Task svar =
                taskQuery().taskDefinitionKey(TASK_INVANTA_KOMMUNICERINGSSVAR).singleResult();
        assertThat(svar).hasCandidateGroup("BOU:HANDLAGGARE").hasDueDate(tidpunkt("2026-03-16T23:59"));
        Assertions.assertThat(formKey(TASK_INVANTA_KOMMUNICERINGSSVAR))
                .as("the reply is recorded on the investigation page")
                .isEqualTo("/utredningar/" + variabel(utredning, Utredningsprocessen.VAR_UTREDNING_ID));
        Assertions.assertThat(fakes.kommuniceringsfrister).containsExactly(kommuniceringId + ":2026-03-16");
    }

    @Test
    void theRecordedReplyEndsTheWaitAndUtredaGoesOn() { // FL 25 §
        ProcessInstance utredning = starta("LSS");
        kommunicera(utredning, "2026-03-02", "DIGITAL");

        complete(taskQuery().taskDefinitionKey(TASK_INVANTA_KOMMUNICERINGSSVAR).singleResult());

        assertThat(utredning).hasPassed(END_KOMMUNICERING_BESVARAD).isWaitingAt(TASK_UTREDA);
        Assertions.assertThat(taskQuery()
                        .taskDefinitionKey(TASK_INVANTA_KOMMUNICERINGSSVAR)
                        .count())
                .isZero();
        complete(task(utredning));
        assertThat(utredning).isEnded().hasPassed(Utredningsprocessen.END_UTREDNING_KLAR);
    }

    @Test
    void aReplyDeadlineOnASundayMovesToMonday() { // the local rule moves a last day to a working day
        ProcessInstance utredning = starta("LSS");

        kommunicera(utredning, "2026-03-01", "POST"); // + 14 days = Sunday 15 March

        assertThat(utredning)
                .variables()
                .containsEntry("kommuniceringFrist", "2026-03-16")
                .containsEntry("kommuniceringDagberakning", "FLYTTAS_TILL_VARDAG");
    }

    @Test
    void handedOverInPersonGivesTenDaysAndIncomeSupportFive() { // local rules, table kommuniceringsfrist
        ProcessInstance lss = starta("LSS");
        ProcessInstance bistand = starta("EKONOMISKT_BISTAND");

        kommunicera(lss, "2026-03-02", "PERSONLIGEN");
        kommunicera(bistand, "2026-03-02", "PERSONLIGEN");

        assertThat(lss).variables().containsEntry("kommuniceringFrist", "2026-03-12");
        assertThat(bistand).variables().containsEntry("kommuniceringFrist", "2026-03-09"); // + 5 = Saturday, moved
    }

    @Test
    void aForlangningDuringAKommuniceringLeavesTheWaitForTheReply() { // C4 and FL 25 § side by side
        ProcessInstance utredning = starta("BARN_OCH_UNGA");
        kommunicera(utredning, "2026-03-02", "POST");

        runtimeService()
                .createMessageCorrelation(Utredningsprocessen.MEDDELANDE_UTREDNING_FORLANGD)
                .processInstanceId(utredning.getId())
                .setVariable(Utredningsprocessen.VAR_UTREDNING_FRIST, "2026-08-14")
                .correlate();

        assertThat(utredning).isWaitingAt(TASK_UTREDA, TASK_INVANTA_KOMMUNICERINGSSVAR);
        assertThat(task(TASK_UTREDA, utredning)).hasDueDate(tidpunkt("2026-08-14T23:59"));
        assertThat(taskQuery()
                        .taskDefinitionKey(TASK_INVANTA_KOMMUNICERINGSSVAR)
                        .singleResult())
                .hasDueDate(tidpunkt("2026-03-16T23:59"));
    }

    @Test
    void anUnknownWayOfSendingStopsWithAMessageInsteadOfAGuessedDeadline() { // no default (R03)
        ProcessInstance utredning = starta("LSS");

        assertThatThrownBy(() -> kommunicera(utredning, "2026-03-02", "DUVA"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("kommuniceringsfrist has no row for satt = DUVA, arendetyp = LSS");
        assertThat(utredning).isWaitingAt(TASK_UTREDA);
    }

    @Test
    void aNewVersionOfTheTableChangesTheDeadlineOfNewCasesWithoutRedeployingTheApplication() throws Exception { // R03
        String tabell = new String(
                getClass().getResourceAsStream("/decisions/utredningsfrist.dmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String nyVersion = tabell.replace(
                "<outputEntry id=\"Frist_Vuxen\"><text>\"P3M\"</text>",
                "<outputEntry id=\"Frist_Vuxen\"><text>\"P2M\"</text>");
        Assertions.assertThat(nyVersion).isNotEqualTo(tabell);
        String fore =
                (String) runtimeService().getVariable(starta("VUXEN").getId(), Utredningsprocessen.VAR_UTREDNING_FRIST);
        var deployment = repositoryService()
                .createDeployment()
                .addString("utredningsfrist.dmn", nyVersion)
                .deploy();
        try {
            String efter = (String)
                    runtimeService().getVariable(starta("VUXEN").getId(), Utredningsprocessen.VAR_UTREDNING_FRIST);

            Assertions.assertThat(fore).isEqualTo("2026-06-02");
            Assertions.assertThat(efter).isEqualTo("2026-05-02");
            assertThat(starta("LSS"))
                    .variables()
                    .containsEntry("utredningFrist", "2026-06-02")
                    .containsEntry("utredningDagberakning", "KALENDERDAGAR");
        } finally {
            repositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void anUnknownCaseTypeStopsWithAMessageInsteadOfAGuessedDeadline() { // R03
        assertThatThrownBy(() -> starta("OKAND"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("utredningsfrist has no row for arendetyp = OKAND");
    }

    /** As the investigation page's use case does through UtredningprocessKoppling; returns the kommunicering's id. */
    private static String kommunicera(ProcessInstance utredning, String skickad, String satt) {
        String id = UUID.randomUUID().toString();
        runtimeService()
                .createMessageCorrelation(MEDDELANDE_KOMMUNICERING_SKICKAD)
                .processInstanceId(utredning.getId())
                .setVariable("kommuniceringId", id)
                .setVariable("kommuniceringSkickad", skickad)
                .setVariable("kommuniceringSatt", satt)
                .correlateWithResult();
        return id;
    }

    private static String formKey(String uppgift) {
        return taskQuery()
                .taskDefinitionKey(uppgift)
                .initializeFormKeys()
                .singleResult()
                .getFormKey();
    }

    private static Object variabel(ProcessInstance instans, String namn) {
        return runtimeService().getVariable(instans.getId(), namn);
    }

    private static ProcessInstance starta(String arendetyp) {
        return runtimeService()
                .startProcessInstanceByKey(
                        Utredningsprocessen.PROCESS,
                        "2026-000001",
                        withVariables(
                                Arendeprocessen.VAR_ARENDE_ID,
                                UUID.randomUUID().toString(),
                                Utredningsprocessen.VAR_ARENDETYP,
                                arendetyp,
                                "enhet",
                                "BOU"));
    }

    static Job timer(ProcessInstance instance, String boundaryEvent) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(boundaryEvent)
                .singleResult();
    }
}
