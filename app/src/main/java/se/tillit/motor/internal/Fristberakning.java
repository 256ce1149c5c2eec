package se.tillit.motor.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.tillit.bevakning.Arbetsdagskalender;
import se.tillit.drift.Svensktid;

/**
 * Turns a deadline rule into dates for the process (DESIGN decision 3): the period from the DMN tables
 * (utredningsfrist by ärendetyp, or bevakningsfrist by kind of watch), the reminder's lead time from the
 * table paminnelse, and the working-day calendar where the rule says the last day moves to a working day.
 *
 * <p>A kommunicering's reply deadline (bevakning KOMMUNICERING) comes from the table kommuniceringsfrist by the
 * process variables {@code kommuniceringSatt} and {@code arendetyp}.
 *
 * <p>Local inputs: {@code bevakning}, {@code prefix}, optionally {@code tabell} (another table with the outputs of
 * bevakningsfrist, such as barnfrister), and {@code fristStart} (an ISO date or date-time) or
 * {@code fastFrist} (a deadline already decided, after a förlängning), and optionally {@code avdragDagar}
 * (days of the period already used, C4). Sets {@code <prefix>Frist} (date),
 * {@code <prefix>Forfaller} (23:59 on that day, the task's due date),
 * {@code <prefix>Paminnelse} and {@code <prefix>Passerad} (date-times for the timers, Swedish time),
 * {@code <prefix>FristKalla}, {@code <prefix>Dagberakning} and {@code <prefix>ForlangningMojlig}.
 */
@Component("fristberakning")
public class Fristberakning implements JavaDelegate {

    static final ZoneId SVENSK_TID = Svensktid.ZON;
    /** Reminders arrive at the start of a working morning. */
    static final int PAMINNELSE_TIMME = 8;

    private final Arbetsdagskalender kalender;

    public Fristberakning(Arbetsdagskalender kalender) {
        this.kalender = kalender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String bevakning = (String) execution.getVariableLocal("bevakning");
        String prefix = (String) execution.getVariableLocal("prefix");
        DecisionService tabeller = execution.getProcessEngineServices().getDecisionService();

        Object fastFrist = execution.getVariableLocal("fastFrist");
        LocalDate frist;
        if (fastFrist != null) {
            frist = LocalDate.parse(fastFrist.toString());
        } else {
            Map<String, Object> regel = switch (bevakning) {
                case "UTREDNING" -> enda(tabeller, "utredningsfrist", indata("arendetyp", execution.getVariable("arendetyp")));
                // the reply to a kommunicering: by the way the basis was sent, and the case type (FL 25 §)
                case "KOMMUNICERING" -> enda(tabeller, "kommuniceringsfrist", indata(
                        "satt", execution.getVariable("kommuniceringSatt"), "arendetyp", execution.getVariable("arendetyp")));
                // the provider's genomförandeplan: a local target per insats from its start (R18)
                case "GENOMFORANDEPLAN" -> enda(tabeller, "genomforandeplanfrist",
                        indata("insatstyp", execution.getVariable("insatstyp")));
                // a model may name its own table (input tabell): the children's clocks are in barnfrister (issue 17)
                default -> enda(tabeller, execution.getVariableLocal("tabell") instanceof String tabell ? tabell
                        : "bevakningsfrist", indata("bevakning", bevakning));
            };
            LocalDate start = startdag(execution.getVariableLocal("fristStart"));
            frist = start.plus(Period.parse((String) regel.get("frist")));
            // days already used by earlier investigations of the same question (C4); never before the start
            Object avdrag = execution.getVariableLocal("avdragDagar");
            if (avdrag instanceof Number dagar && dagar.intValue() > 0) {
                frist = frist.minusDays(dagar.intValue());
                if (frist.isBefore(start)) {
                    frist = start;
                }
            }
            String dagberakning = regel.getOrDefault("dagberakning", "KALENDERDAGAR").toString();
            if ("FLYTTAS_TILL_VARDAG".equals(dagberakning)) {
                frist = kalender.flyttaTillVardag(frist);
            }
            // the rule is named on the deadline, for the lists and the case page
            execution.setVariable(prefix + "Dagberakning", dagberakning);
            execution.setVariable(prefix + "FristKalla", regel.get("kalla"));
            execution.setVariable(prefix + "ForlangningMojlig", regel.get("forlangningMojlig"));
        }
        execution.setVariable(prefix + "Frist", frist.toString());
        // the task's due date: the end of the deadline day, Swedish time
        execution.setVariable(prefix + "Forfaller", frist.atTime(23, 59).atZone(SVENSK_TID).toOffsetDateTime().toString());
        // the deadline day is the last day: it has passed at midnight after it
        execution.setVariable(prefix + "Passerad", tidpunkt(frist.plusDays(1), 0));

        DmnDecisionResult paminnelse = tabeller.evaluateDecisionByKey("paminnelse")
                .variables(Map.of("bevakning", bevakning)).evaluate();
        if (!paminnelse.isEmpty()) {
            LocalDate dag = frist.minus(Period.parse(paminnelse.getSingleResult().getEntry("fore")));
            execution.setVariable(prefix + "Paminnelse", tidpunkt(dag, PAMINNELSE_TIMME));
        }
    }

    static LocalDate startdag(Object start) {
        if (start == null) {
            throw new ProcessEngineException("A deadline needs fristStart or fastFrist");
        }
        String text = start.toString();
        return text.length() == 10 ? LocalDate.parse(text)
                : OffsetDateTime.parse(text).atZoneSameInstant(SVENSK_TID).toLocalDate();
    }

    private static String tidpunkt(LocalDate dag, int timme) {
        return dag.atTime(timme, 0).atZone(SVENSK_TID).toOffsetDateTime().toString();
    }

    /** One row, or an error an administrator sees as an incident: never a guessed default (R03). */
    private static Map<String, Object> enda(DecisionService tabeller, String tabell, Map<String, Object> indata) {
        List<Map<String, Object>> rader = tabeller.evaluateDecisionByKey(tabell).variables(indata).evaluate().getResultList();
        if (rader.size() != 1) {
            String varden = indata.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new ProcessEngineException("The table " + tabell + " has no row for " + varden
                    + ": add one in decisions/" + tabell + ".dmn");
        }
        return rader.get(0);
    }

    /** Input names and values in order; a value may be null (a missing variable then has no row, never a default). */
    private static Map<String, Object> indata(Object... namnOchVarden) {
        Map<String, Object> indata = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namnOchVarden.length; i += 2) {
            indata.put((String) namnOchVarden[i], namnOchVarden[i + 1]);
        }
        return indata;
    }
}
