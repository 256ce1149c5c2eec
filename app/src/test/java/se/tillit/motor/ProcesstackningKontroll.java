package se.tillit.motor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The check behind {@link Processtackning}: after all tests of the class, when the coverage extension (registered on a
 * field, so its after-all runs first) has written the class's report, every flow node and sequence flow of each named
 * model must have an event in it. Reads the library's own report (report.json), so what is enforced is what the HTML
 * report shows.
 */
final class ProcesstackningKontroll implements AfterAllCallback {

    /** Where surefire tells the coverage library to write (app/pom.xml); the library's default otherwise. */
    static final String RAPPORTKATALOG = "camunda-process-test-coverage.target-dir-root";

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Class<?> klass = context.getRequiredTestClass();
        Processtackning krav = klass.getAnnotation(Processtackning.class);
        if (krav == null) {
            return;
        }
        Path rapport = Path.of(System.getProperty(RAPPORTKATALOG, "target/process-test-coverage/"))
                .resolve(klass.getName())
                .resolve("report.json");
        if (!Files.exists(rapport)) {
            throw new AssertionError(klass.getSimpleName() + " wrote no coverage report at " + rapport
                    + ": register Processfakes (or PostgresProcessEngine.extension()) on a static field");
        }
        JsonNode json = new ObjectMapper().readTree(rapport.toFile());
        Map<String, Set<String>> tagna = new HashMap<>();
        for (JsonNode svit : json.path("suites")) {
            for (JsonNode korning : svit.path("runs")) {
                for (JsonNode handelse : korning.path("events")) {
                    tagna.computeIfAbsent(handelse.path("modelKey").asText(), k -> new HashSet<>())
                            .add(handelse.path("definitionKey").asText());
                }
            }
        }
        Map<String, String> modeller = new HashMap<>();
        json.path("models")
                .forEach(m -> modeller.put(m.path("key").asText(), m.path("xml").asText()));

        List<String> brister = new ArrayList<>();
        for (String process : krav.value()) {
            String xml = modeller.get(process);
            if (xml == null) {
                brister.add(process + ": no test ran it");
                continue;
            }
            Set<String> saknas = new TreeSet<>(element(xml));
            saknas.removeAll(tagna.getOrDefault(process, Set.of()));
            if (!saknas.isEmpty()) {
                brister.add(process + ": no test reaches " + saknas);
            }
        }
        if (!brister.isEmpty()) {
            throw new AssertionError(klass.getSimpleName() + " must cover every flow node and sequence flow "
                    + "(issue 20, docs/adr/0030): " + String.join("; ", brister));
        }
    }

    /** The ids of every flow node and sequence flow of the model: what the coverage library counts. */
    static Set<String> element(String xml) {
        BpmnModelInstance modell =
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Set<String> ids = new HashSet<>();
        modell.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
        modell.getModelElementsByType(SequenceFlow.class).forEach(f -> ids.add(f.getId()));
        return ids;
    }
}
