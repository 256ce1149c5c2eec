package se.tillit.motor.internal;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.tillit.bevakning.Arbetsdagskalender;
import se.tillit.bevakning.Fristregler;

/**
 * The engine's side of a deadline (DESIGN decision 3): reads the model's inputs, lets {@link Fristregler} of the
 * bevakning module apply the rule with the engine's decision tables behind its port, and writes the dates back.
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

    private final Fristregler regler;

    public Fristberakning(Arbetsdagskalender kalender) {
        this.regler = new Fristregler(kalender);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String prefix = (String) execution.getVariableLocal("prefix");
        DecisionService tabeller = execution.getProcessEngineServices().getDecisionService();
        Fristregler.Begaran begaran = new Fristregler.Begaran(
                (String) execution.getVariableLocal("bevakning"),
                execution.getVariableLocal("tabell") instanceof String tabell ? tabell : null,
                execution.getVariableLocal("fristStart"),
                execution.getVariableLocal("fastFrist"),
                execution.getVariableLocal("avdragDagar"),
                execution::getVariable);
        Fristregler.Frist frist;
        try {
            frist = regler.berakna(
                    begaran,
                    (tabell, indata) -> tabeller.evaluateDecisionByKey(tabell)
                            .variables(indata)
                            .evaluate()
                            .getResultList());
        } catch (Fristregler.Fristfel fel) {
            // an incident the administrator sees, with the rule's own words
            throw new ProcessEngineException(fel.getMessage(), fel);
        }
        if (frist.franRegel()) {
            // the rule is named on the deadline, for the lists and the case page
            execution.setVariable(prefix + "Dagberakning", frist.dagberakning());
            execution.setVariable(prefix + "FristKalla", frist.kalla());
            execution.setVariable(prefix + "ForlangningMojlig", frist.forlangningMojlig());
        }
        execution.setVariable(prefix + "Frist", frist.dag().toString());
        execution.setVariable(prefix + "Forfaller", frist.forfaller().toString());
        execution.setVariable(prefix + "Passerad", frist.passerad().toString());
        if (frist.paminnelse() != null) {
            execution.setVariable(prefix + "Paminnelse", frist.paminnelse().toString());
        }
    }
}
