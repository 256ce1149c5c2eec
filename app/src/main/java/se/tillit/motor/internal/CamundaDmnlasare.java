package se.tillit.motor.internal;

import java.io.ByteArrayInputStream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;
import se.tillit.tabell.Dmnlasare;

/**
 * The port {@link Dmnlasare} of the tabell module on Camunda's DMN model API: the file is read with the model parser
 * and parsed by a DMN engine (so what the engine cannot evaluate is refused here), then handed over as plain records.
 * A DMN engine of its own: the process engine's needs a command context (its history-TTL handler) and would answer a
 * missing TTL with an exception instead of the check's message. Public only so that the check's test in tabell can
 * use the real parser.
 */
@Component
public class CamundaDmnlasare implements Dmnlasare {

    private final DmnEngine dmnEngine;

    public CamundaDmnlasare() {
        this.dmnEngine =
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    }

    @Override
    public Dmnfil las(byte[] fil) {
        DmnModelInstance modell;
        try {
            modell = Dmn.readModelFromStream(new ByteArrayInputStream(fil));
            dmnEngine.parseDecisionRequirementsGraph(modell);
        } catch (ModelException | DmnEngineException e) {
            throw new Olasbar(djupasteMeddelande(e));
        }
        return new Dmnfil(
                modell.getDefinitions().getExpressionLanguage(),
                modell.getModelElementsByType(Decision.class).stream()
                        .map(CamundaDmnlasare::beslut)
                        .toList());
    }

    private static Beslutsdefinition beslut(Decision decision) {
        Beslutstabell tabell = decision.getExpression() instanceof DecisionTable t
                ? new Beslutstabell(
                        traffpolicy(t.getHitPolicy()),
                        t.getInputs().stream().map(CamundaDmnlasare::etikett).toList(),
                        t.getRules().stream().map(CamundaDmnlasare::regel).toList())
                : null;
        return new Beslutsdefinition(decision.getId(), decision.getCamundaHistoryTimeToLiveString(), tabell);
    }

    private static Traffpolicy traffpolicy(HitPolicy policy) {
        return policy == HitPolicy.UNIQUE
                ? Traffpolicy.UNIQUE
                : policy == HitPolicy.ANY ? Traffpolicy.ANY : Traffpolicy.ANNAN;
    }

    private static Regel regel(Rule regel) {
        return new Regel(
                regel.getId(),
                regel.getDescription() == null ? null : regel.getDescription().getTextContent(),
                regel.getInputEntries().stream()
                        .map(e -> new Villkor(text(e), e.getExpressionLanguage()))
                        .toList(),
                regel.getOutputEntries().stream().map(CamundaDmnlasare::text).toList());
    }

    private static String text(InputEntry entry) {
        return entry.getText() == null || entry.getText().getTextContent() == null
                ? ""
                : entry.getText().getTextContent().strip();
    }

    private static String text(OutputEntry entry) {
        return entry.getText() == null || entry.getText().getTextContent() == null
                ? ""
                : entry.getText().getTextContent().strip();
    }

    private static String etikett(Input input) {
        if (input.getLabel() != null && !input.getLabel().isBlank()) {
            return input.getLabel();
        }
        if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
            return input.getInputExpression().getText().getTextContent().strip();
        }
        return String.valueOf(input.getId());
    }

    /** The innermost message: the schema or parser error itself, not the model API's wrapper around it. */
    private static String djupasteMeddelande(Throwable fel) {
        String meddelande = fel.getMessage();
        for (Throwable orsak = fel.getCause(); orsak != null && orsak != orsak.getCause(); orsak = orsak.getCause()) {
            if (orsak.getMessage() != null && !orsak.getMessage().isBlank()) {
                meddelande = orsak.getMessage();
            }
        }
        return meddelande == null ? fel.getClass().getSimpleName() : meddelande;
    }
}
