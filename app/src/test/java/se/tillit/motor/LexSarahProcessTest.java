package se.tillit.motor;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.tillit.motor.LexSarahprocessen.END_LEX_SARAH_AVSLUTAD;
import static se.tillit.motor.LexSarahprocessen.TASK_ANMALA_TILL_IVO;
import static se.tillit.motor.LexSarahprocessen.TASK_BEDOMA_ALLVARLIGHET;
import static se.tillit.motor.LexSarahprocessen.TASK_REGISTRERA_ATGARDER;
import static se.tillit.motor.LexSarahprocessen.TASK_UTREDA_LEX_SARAH;
import static se.tillit.motor.Processfakes.klockan;
import static se.tillit.motor.Processfakes.tidpunkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lex Sarah (SoL 2025:400 27 kap. 2–6 §§, LSS 24 a–g §§; C16, C25, C33, C50): a report from anyone in the service,
 * the provider's staff included, is investigated and assessed by the lex Sarah-ansvarig of the unit or of the
 * committee; an allvarligt missförhållande is reported to IVO snarast; the report closes with its measures. Each
 * step has a local target from the table lexsarahfrist, a reminder before it, and the unit's chef is told when it
 * has passed (C16).
 */
@Processtackning(LexSarahprocessen.PROCESS)
@Deployment(resources = {"processes/lexsarah.bpmn", "decisions/lexsarahfrist.dmn"})
class LexSarahProcessTest {

    @RegisterExtension
    static Processfakes fakes = Processfakes.med("2026-03-02T10:00"); // a Monday morning

    /** What the motor's reminder delegate would publish: bevakning and unit. */
    final List<String> paminnelser = new ArrayList<>();

    @BeforeEach
    void paminnelsen() {
        Mocks.register("lexSarahPaminnelse", (JavaDelegate) execution ->
                paminnelser.add(execution.getVariableLocal("bevakning") + ":" + execution.getVariable("enhet")));
    }

    @Test
    void aProvidersReportAssessedAsAllvarligtIsReportedToIvoAndClosesWithItsMeasures() { // C25, C16, C50
        ProcessInstance rapport = starta("UTF-SOLROSEN"); // reported by the provider's staff about their own unit

        assertThat(rapport).isWaitingAt(TASK_UTREDA_LEX_SARAH);
        assertThat(task(TASK_UTREDA_LEX_SARAH, rapport))
                .hasCandidateGroup("UTF-SOLROSEN:LEXSARAH_ANSVARIG")
                .hasCandidateGroup("NAMND:LEXSARAH_ANSVARIG");
        Assertions.assertThat(task(TASK_UTREDA_LEX_SARAH, rapport).getDueDate())
                .as("the local target: two weeks from the report")
                .isEqualTo(tidpunkt("2026-03-16T10:00"));
        complete(task(TASK_UTREDA_LEX_SARAH, rapport));

        assertThat(task(TASK_BEDOMA_ALLVARLIGHET, rapport)).hasCandidateGroup("UTF-SOLROSEN:LEXSARAH_ANSVARIG");
        klockan("2026-03-03T09:00");
        complete(task(TASK_BEDOMA_ALLVARLIGHET, rapport), withVariables(LexSarahprocessen.VAR_ALLVARLIGT, true));

        assertThat(rapport).isWaitingAt(TASK_ANMALA_TILL_IVO);
        assertThat(task(TASK_ANMALA_TILL_IVO, rapport)).hasCandidateGroup("NAMND:LEXSARAH_ANSVARIG");
        Assertions.assertThat(task(TASK_ANMALA_TILL_IVO, rapport).getDueDate())
                .as("snarast: the configurable target, P14D")
                .isEqualTo(tidpunkt("2026-03-17T09:00"));
        complete(task(TASK_ANMALA_TILL_IVO, rapport));

        assertThat(rapport).isWaitingAt(TASK_REGISTRERA_ATGARDER);
        complete(task(TASK_REGISTRERA_ATGARDER, rapport));

        assertThat(rapport)
                .isEnded()
                .hasPassedInOrder(
                        TASK_UTREDA_LEX_SARAH,
                        TASK_BEDOMA_ALLVARLIGHET,
                        TASK_ANMALA_TILL_IVO,
                        TASK_REGISTRERA_ATGARDER,
                        END_LEX_SARAH_AVSLUTAD);
        Assertions.assertThat(paminnelser).isEmpty();
    }

    @Test
    void aReportNotAssessedAsAllvarligtGoesStraightToItsMeasures() { // C50
        ProcessInstance rapport = starta("BOU");
        complete(task(TASK_UTREDA_LEX_SARAH, rapport));

        complete(task(TASK_BEDOMA_ALLVARLIGHET, rapport), withVariables(LexSarahprocessen.VAR_ALLVARLIGT, false));

        assertThat(rapport).isWaitingAt(TASK_REGISTRERA_ATGARDER);
        assertThat(task(TASK_REGISTRERA_ATGARDER, rapport)).hasCandidateGroup("BOU:LEXSARAH_ANSVARIG");
        Assertions.assertThat(Processfakes.svensk(
                                task(TASK_REGISTRERA_ATGARDER, rapport).getDueDate())
                        .toLocalDate())
                .as("30 days from the assessment")
                .isEqualTo("2026-04-01");
        complete(task(TASK_REGISTRERA_ATGARDER, rapport));
        assertThat(rapport)
                .isEnded()
                .hasPassed(END_LEX_SARAH_AVSLUTAD)
                .hasNotPassed(TASK_ANMALA_TILL_IVO, LexSarahprocessen.RULE_IVO_ANMALAN_MAL);
    }

    @Test
    void theInvestigationIsRemindedAndWhenItsTargetPassesTheUnitsChefIsToldWhileItGoesOn() { // C16
        ProcessInstance rapport = starta("BOU");
        Assertions.assertThat(UtredningProcessTest.timer(rapport, LexSarahprocessen.TIMER_PAMINNELSE_UTREDNING)
                        .getDuedate())
                .isEqualTo(tidpunkt("2026-03-12T10:00"));

        execute(UtredningProcessTest.timer(rapport, LexSarahprocessen.TIMER_PAMINNELSE_UTREDNING));
        Assertions.assertThat(paminnelser).containsExactly("UTREDNING:BOU");
        execute(UtredningProcessTest.timer(rapport, LexSarahprocessen.TIMER_UTREDNING_MAL_PASSERAT));

        assertThat(task(LexSarahprocessen.TASK_LEX_SARAH_UTREDNING_FORSENAD, rapport))
                .hasCandidateGroup("BOU:CHEF");
        assertThat(rapport).isWaitingAt(TASK_UTREDA_LEX_SARAH, LexSarahprocessen.TASK_LEX_SARAH_UTREDNING_FORSENAD);
        complete(task(LexSarahprocessen.TASK_LEX_SARAH_UTREDNING_FORSENAD, rapport));
        complete(task(TASK_UTREDA_LEX_SARAH, rapport));
        assertThat(rapport)
                .isWaitingAt(TASK_BEDOMA_ALLVARLIGHET)
                .hasPassed(LexSarahprocessen.END_UTREDNING_PAMINND, LexSarahprocessen.END_UTREDNING_CHEF_UNDERRATTAD);
    }

    @Test
    void theAssessmentIsRemindedAndEscalated() {
        ProcessInstance rapport = starta("BOU");
        complete(task(TASK_UTREDA_LEX_SARAH, rapport));

        passera(rapport, "Bedomning");

        assertThat(task(LexSarahprocessen.TASK_LEX_SARAH_BEDOMNING_FORSENAD, rapport))
                .hasCandidateGroup("BOU:CHEF");
        Assertions.assertThat(paminnelser).containsExactly("BEDOMNING:BOU");
        complete(task(LexSarahprocessen.TASK_LEX_SARAH_BEDOMNING_FORSENAD, rapport));
        assertThat(rapport)
                .isWaitingAt(TASK_BEDOMA_ALLVARLIGHET)
                .hasPassed(LexSarahprocessen.END_BEDOMNING_PAMINND, LexSarahprocessen.END_BEDOMNING_CHEF_UNDERRATTAD);
    }

    @Test
    void theAnmalanToIvoIsRemindedAndEscalatedWhenSnarastHasPassed() { // C16: a configurable target, not a legal limit
        ProcessInstance rapport = starta("ALDRE");
        complete(task(TASK_UTREDA_LEX_SARAH, rapport));
        complete(task(TASK_BEDOMA_ALLVARLIGHET, rapport), withVariables(LexSarahprocessen.VAR_ALLVARLIGT, true));

        passera(rapport, "IvoAnmalan");

        assertThat(task(LexSarahprocessen.TASK_IVO_ANMALAN_FORSENAD, rapport)).hasCandidateGroup("ALDRE:CHEF");
        Assertions.assertThat(paminnelser).containsExactly("IVO_ANMALAN:ALDRE");
        complete(task(TASK_ANMALA_TILL_IVO, rapport));
        complete(task(LexSarahprocessen.TASK_IVO_ANMALAN_FORSENAD, rapport));
        assertThat(rapport)
                .isWaitingAt(TASK_REGISTRERA_ATGARDER)
                .hasPassed(
                        LexSarahprocessen.END_IVO_ANMALAN_PAMINND, LexSarahprocessen.END_IVO_ANMALAN_CHEF_UNDERRATTAD);
    }

    @Test
    void theMeasuresAreRemindedAndEscalated() {
        ProcessInstance rapport = starta("ALDRE");
        complete(task(TASK_UTREDA_LEX_SARAH, rapport));
        complete(task(TASK_BEDOMA_ALLVARLIGHET, rapport), withVariables(LexSarahprocessen.VAR_ALLVARLIGT, false));

        passera(rapport, "Atgarder");

        assertThat(task(LexSarahprocessen.TASK_LEX_SARAH_ATGARDER_FORSENADE, rapport))
                .hasCandidateGroup("ALDRE:CHEF");
        Assertions.assertThat(paminnelser).containsExactly("ATGARDER:ALDRE");
        complete(task(LexSarahprocessen.TASK_LEX_SARAH_ATGARDER_FORSENADE, rapport));
        complete(task(TASK_REGISTRERA_ATGARDER, rapport));
        assertThat(rapport)
                .isEnded()
                .hasPassed(
                        LexSarahprocessen.END_ATGARDER_PAMINND,
                        LexSarahprocessen.END_ATGARDER_CHEF_UNDERRATTAD,
                        END_LEX_SARAH_AVSLUTAD);
        Assertions.assertThat(taskQuery().processInstanceId(rapport.getId()).count())
                .isZero();
    }

    @Test
    void theProcessCarriesIdsAndTheFlagNeverTheReporter() { // ADR 11
        ProcessInstance rapport = starta("BOU");
        complete(task(TASK_UTREDA_LEX_SARAH, rapport));
        complete(task(TASK_BEDOMA_ALLVARLIGHET, rapport), withVariables(LexSarahprocessen.VAR_ALLVARLIGT, false));

        Assertions.assertThat(runtimeService().getVariables(rapport.getId()).keySet())
                .containsOnly(
                        "lexsarahId",
                        "enhet",
                        LexSarahprocessen.VAR_NAMND,
                        LexSarahprocessen.VAR_ALLVARLIGT,
                        "utredningMal",
                        "utredningPaminnelse",
                        "utredningFristKalla",
                        "bedomningMal",
                        "bedomningPaminnelse",
                        "bedomningFristKalla",
                        "atgarderMal",
                        "atgarderPaminnelse",
                        "atgarderFristKalla");
        Assertions.assertThat(runtimeService().getVariable(rapport.getId(), "atgarderFristKalla"))
                .isEqualTo("LOKALT_MAL");
    }

    /** The step's reminder, then its target passes: both timers fire. */
    private static void passera(ProcessInstance rapport, String steg) {
        execute(UtredningProcessTest.timer(rapport, "Timer_Paminnelse" + steg));
        execute(UtredningProcessTest.timer(rapport, "Timer_" + steg + "MalPasserat"));
    }

    private static ProcessInstance starta(String enhet) {
        return runtimeService()
                .startProcessInstanceByKey(
                        LexSarahprocessen.PROCESS,
                        "LS-2026-000001",
                        Map.of(
                                "lexsarahId",
                                UUID.randomUUID().toString(),
                                "enhet",
                                enhet,
                                LexSarahprocessen.VAR_NAMND,
                                "NAMND"));
    }
}
