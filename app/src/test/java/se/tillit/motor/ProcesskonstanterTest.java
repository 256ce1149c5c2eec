package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Models as code (issue 20): each model in processes/ has a constant class, every constant names something in its
 * model, every element a process owner would ask about (user task, gateway, timer, message event, call activity, message,
 * signal) has a constant, and one process test class walks every path of it.
 */
class ProcesskonstanterTest {

    static final Path PROCESSER = ModelDeploymentTest.REPOSITORY_ROOT.resolve("processes");

    /** The constant class of each model; a family of closely related processes shares one (Barnprocesserna). */
    static final Map<String, Class<?>> KLASS = new LinkedHashMap<>();

    static {
        KLASS.put(Aktualiseringsprocessen.PROCESS, Aktualiseringsprocessen.class);
        KLASS.put(Barnprocesserna.ANMALARINFORMATION, Barnprocesserna.class);
        KLASS.put(Arendeprocessen.PROCESS, Arendeprocessen.class);
        KLASS.put(Barnprocesserna.BARNPLACERING, Barnprocesserna.class);
        KLASS.put(Barnprocesserna.BARNUPPFOLJNING, Barnprocesserna.class);
        KLASS.put(BegaranOmAvgorandeprocessen.PROCESS, BegaranOmAvgorandeprocessen.class);
        KLASS.put(Beslutprocessen.PROCESS, Beslutprocessen.class);
        KLASS.put(Forhandsbedomningsprocessen.PROCESS, Forhandsbedomningsprocessen.class);
        KLASS.put(Genomforandeplanprocessen.PROCESS, Genomforandeplanprocessen.class);
        KLASS.put(IndividuellPlanprocessen.PROCESS, IndividuellPlanprocessen.class);
        KLASS.put(LexSarahprocessen.PROCESS, LexSarahprocessen.class);
        KLASS.put(Sipprocessen.PROCESS, Sipprocessen.class);
        KLASS.put(Uppfoljningsprocessen.PROCESS, Uppfoljningsprocessen.class);
        KLASS.put(Utredningsprocessen.PROCESS, Utredningsprocessen.class);
        KLASS.put(Utskrivningsprocessen.PROCESS, Utskrivningsprocessen.class);
        KLASS.put(Verkstallighetsprocessen.PROCESS, Verkstallighetsprocessen.class);
    }

    @Test
    void everyModelHasAConstantClass() throws IOException {
        assertThat(KLASS.keySet()).containsExactlyInAnyOrderElementsOf(processer());
    }

    @Test
    void everyConstantNamesAnElementMessageOrSignalOfItsModel_andAVariableOneItsModelReads() throws IOException {
        List<String> fel = new ArrayList<>();
        for (Class<?> klass : new HashSet<>(KLASS.values())) {
            Set<String> namn = new HashSet<>();
            StringBuilder text = new StringBuilder();
            for (String process : processerAv(klass)) {
                BpmnModelInstance modell = modell(process);
                modell.getModelElementsByType(BaseElement.class).forEach(e -> namn.add(e.getId()));
                modell.getModelElementsByType(Message.class).forEach(m -> namn.add(m.getName()));
                modell.getModelElementsByType(Signal.class).forEach(s -> namn.add(s.getName()));
                text.append(Files.readString(fil(process)));
            }
            konstanter(klass).forEach((falt, varde) -> {
                boolean finns = falt.startsWith("VAR_")
                        ? Pattern.compile("\\b" + Pattern.quote(varde) + "\\b")
                                .matcher(text)
                                .find()
                        : namn.contains(varde);
                if (!finns) {
                    fel.add(klass.getSimpleName() + "." + falt + " = \"" + varde + "\"");
                }
            });
        }
        assertThat(fel)
                .as("constants naming nothing in their model (renamed or removed in Modeler?)")
                .isEmpty();
    }

    @Test
    void everyUserTaskGatewayTimerMessageEventCallActivityMessageAndSignalHasAConstant() throws IOException {
        List<String> fel = new ArrayList<>();
        for (String process : processer()) {
            Class<?> klass = KLASS.get(process);
            if (klass == null) {
                continue; // everyModelHasAConstantClass says so
            }
            Set<String> varden = new HashSet<>(konstanter(klass).values());
            BpmnModelInstance modell = modell(process);
            Set<String> maste = new TreeSet<>();
            modell.getModelElementsByType(UserTask.class).forEach(e -> maste.add(e.getId()));
            modell.getModelElementsByType(Gateway.class).forEach(e -> maste.add(e.getId()));
            modell.getModelElementsByType(CallActivity.class).forEach(e -> maste.add(e.getId()));
            modell.getModelElementsByType(ReceiveTask.class).forEach(e -> maste.add(e.getId()));
            modell.getModelElementsByType(TimerEventDefinition.class)
                    .forEach(d -> maste.add(((Event) d.getParentElement()).getId()));
            modell.getModelElementsByType(MessageEventDefinition.class)
                    .forEach(d -> maste.add(((Event) d.getParentElement()).getId()));
            modell.getModelElementsByType(Message.class).forEach(m -> maste.add(m.getName()));
            modell.getModelElementsByType(Signal.class).forEach(s -> maste.add(s.getName()));
            maste.removeAll(varden);
            maste.forEach(id -> fel.add(process + ".bpmn: " + id + " (add it to " + klass.getSimpleName() + ")"));
        }
        assertThat(fel).as("elements without a constant").isEmpty();
    }

    @Test
    void everyModelIsWalkedInFullByAProcessTestClass() throws IOException, ClassNotFoundException {
        var skanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        skanner.addIncludeFilter(new AnnotationTypeFilter(Processtackning.class));
        Map<String, String> tackta = new HashMap<>();
        for (var definition : skanner.findCandidateComponents("se.tillit")) {
            Class<?> klass = Class.forName(definition.getBeanClassName());
            Arrays.stream(klass.getAnnotation(Processtackning.class).value())
                    .forEach(p -> tackta.put(p, klass.getName()));
        }
        assertThat(tackta.keySet())
                .as("models that a process test class walks in full (@Processtackning)")
                .containsExactlyInAnyOrderElementsOf(processer());
    }

    static List<String> processer() throws IOException {
        try (Stream<Path> filer = Files.list(PROCESSER)) {
            return filer.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bpmn"))
                    .map(n -> n.substring(0, n.length() - ".bpmn".length()))
                    .sorted()
                    .toList();
        }
    }

    static List<String> processerAv(Class<?> klass) {
        return KLASS.entrySet().stream()
                .filter(e -> e.getValue() == klass)
                .map(Map.Entry::getKey)
                .toList();
    }

    static Path fil(String process) {
        return PROCESSER.resolve(process + ".bpmn");
    }

    static BpmnModelInstance modell(String process) {
        return Bpmn.readModelFromFile(fil(process).toFile());
    }

    /** The public String constants of the class, by field name. */
    static Map<String, String> konstanter(Class<?> klass) {
        Map<String, String> konstanter = new LinkedHashMap<>();
        for (Field falt : klass.getFields()) {
            if (Modifier.isStatic(falt.getModifiers()) && falt.getType() == String.class) {
                try {
                    konstanter.put(falt.getName(), (String) falt.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return konstanter;
    }
}
