package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The process owner who opens a model in Camunda Modeler reads, on every gateway, timer and user task, in Swedish, why
 * it is there and on what ground (issue 20): a paragraph of a law or föreskrift, or a requirement id (docs/krav.md).
 */
class ProcessdokumentationTest {

    /** A paragraph (§), a requirement id (R15, C7, T03, D4 ...), a föreskrift or a law by its SFS number. */
    static final Pattern KALLA = Pattern.compile("§|\\b[A-Z]{1,2}\\d{1,3}\\b|SOSFS|HSLF-FS|\\d{4}:\\d+");
    /** English prose: these words are not Swedish, and three of them are not a quoted name. */
    static final Pattern ENGELSKA = Pattern.compile("\\b(the|and|is|of|to|with)\\b");

    @Test
    void everyGatewayTimerAndUserTaskIsDocumentedInSwedishWithItsLegalSource() throws IOException {
        List<String> fel = new ArrayList<>();
        for (String process : ProcesskonstanterTest.processer()) {
            BpmnModelInstance modell = ProcesskonstanterTest.modell(process);
            List<BaseElement> element = new ArrayList<>();
            element.addAll(modell.getModelElementsByType(UserTask.class));
            element.addAll(modell.getModelElementsByType(Gateway.class));
            modell.getModelElementsByType(TimerEventDefinition.class)
                    .forEach(d -> element.add((Event) d.getParentElement()));
            for (BaseElement e : element) {
                String text = String.join(
                                " ",
                                e.getDocumentations().stream()
                                        .map(Documentation::getTextContent)
                                        .toList())
                        .strip();
                if (text.isEmpty()) {
                    fel.add(process + ".bpmn " + e.getId() + ": no documentation");
                } else if (!KALLA.matcher(text).find()) {
                    fel.add(process + ".bpmn " + e.getId() + ": names no legal source or requirement id");
                } else if (engelskaOrd(text) >= 3) {
                    fel.add(process + ".bpmn " + e.getId() + ": not in Swedish");
                }
            }
        }
        assertThat(fel)
                .as("gateways, timers and user tasks without a Swedish documentation naming its source")
                .isEmpty();
    }

    private static int engelskaOrd(String text) {
        Matcher m = ENGELSKA.matcher(text);
        int antal = 0;
        while (m.find()) {
            antal++;
        }
        return antal;
    }
}
