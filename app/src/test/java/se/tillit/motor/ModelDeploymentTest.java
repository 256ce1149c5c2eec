package se.tillit.motor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.TillitSpringTest;

/**
 * Every model in processes/, decisions/ and forms/ is deployed when the application starts (an invalid
 * one stops the start, so this context would not exist), and each is named as the design says.
 */
@TillitSpringTest
class ModelDeploymentTest {

    /** Maven runs the tests in app/; the models live beside it. */
    static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    FormService formService;

    @Test
    void everyModelFileIsDeployed() throws IOException {
        Set<String> deployed = new HashSet<>();
        for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
            repositoryService
                    .getDeploymentResourceNames(deployment.getId())
                    .forEach(name -> deployed.add(Path.of(name).getFileName().toString()));
        }

        List<Path> models = models();
        assertThat(models)
                .extracting(Path::toString)
                .anyMatch(p -> p.endsWith(".bpmn"))
                .anyMatch(p -> p.endsWith(".dmn"))
                .anyMatch(p -> p.endsWith(".form"));
        assertThat(deployed)
                .containsAll(
                        models.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void everyProcessAndDecisionIsNamedAfterItsFileAndHasAHistoryTimeToLive_butTheCaseProcessesNone()
            throws IOException {
        for (Path model : models()) {
            String id = model.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            if (model.toString().endsWith(".bpmn")) {
                var definition = repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(id)
                        .latestVersion()
                        .singleResult();
                assertThat(definition).as("process %s", id).isNotNull();
                if (se.tillit.motor.internal.Arendeprocesser.NYCKLAR.contains(id)) {
                    // C1 item 18, docs/adr/0024: a case's history goes with the case, by the gallring run, never by a
                    // TTL
                    assertThat(definition.getHistoryTimeToLive())
                            .as("historyTimeToLive of the case process %s", id)
                            .isNull();
                } else {
                    assertThat(definition.getHistoryTimeToLive())
                            .as("historyTimeToLive of %s", id)
                            .isPositive();
                }
            } else if (model.toString().endsWith(".dmn")) {
                var definition = repositoryService
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey(id)
                        .latestVersion()
                        .singleResult();
                assertThat(definition).as("decision %s", id).isNotNull();
                assertThat(definition.getHistoryTimeToLive())
                        .as("historyTimeToLive of %s", id)
                        .isPositive();
            } else {
                assertThat(Files.readString(model)).as("form %s", id).contains("\"id\": \"" + id + "\"");
            }
        }
    }

    @Test
    void aUserTaskRendersItsLinkedCamundaForm() throws IOException {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(
                Aktualiseringsprocessen.PROCESS, "TEST-FORM-1", Map.of("enhet", "BOU", "barnanmalan", false));
        try {
            Task task = taskService
                    .createTaskQuery()
                    .processInstanceId(instance.getId())
                    .singleResult();
            try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
                assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("\"id\": \"aktualisering-bedomning\"");
            }
        } finally {
            runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
        }
    }

    /**
     * docs/adr/0024: the engine no longer refuses a model without a TTL (the case processes have none), so the files
     * are checked here, before any deployment: a process without {@code camunda:historyTimeToLive} must be a case
     * process (gallring removes its history), and a case process must have none (the engine's cleanup would remove a
     * case's history whatever the law says, C1 item 18). A decision table always has one.
     */
    @Test
    void aModelFileWithoutAHistoryTimeToLiveIsACaseProcess_andEveryCaseProcessIsWithoutOne() throws IOException {
        for (Path model : models()) {
            String id = model.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            boolean ttl = Files.readString(model).contains("camunda:historyTimeToLive=");
            if (model.toString().endsWith(".bpmn")) {
                assertThat(ttl)
                        .as("%s: a TTL exactly when it is not a case process (motor.internal.Arendeprocesser)", id)
                        .isNotEqualTo(se.tillit.motor.internal.Arendeprocesser.NYCKLAR.contains(id));
            } else if (model.toString().endsWith(".dmn")) {
                assertThat(ttl).as("decision %s has a TTL", id).isTrue();
            }
        }
    }

    @Test
    void aBrokenModelIsRefused() {
        assertThatThrownBy(() -> repositoryService
                        .createDeployment()
                        .addString("trasig.bpmn", "<definitions><process id=\"x\"")
                        .deploy())
                .isInstanceOf(ProcessEngineException.class);
    }

    static List<Path> models() throws IOException {
        try (Stream<Path> processes = Files.list(REPOSITORY_ROOT.resolve("processes"));
                Stream<Path> decisions = Files.list(REPOSITORY_ROOT.resolve("decisions"));
                Stream<Path> forms = Files.list(REPOSITORY_ROOT.resolve("forms"))) {
            return Stream.of(processes, decisions, forms)
                    .flatMap(s -> s)
                    .filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)$"))
                    .sorted()
                    .toList();
        }
    }
}
