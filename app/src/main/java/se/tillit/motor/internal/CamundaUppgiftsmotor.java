package se.tillit.motor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import se.tillit.fel.HittadesInte;
import se.tillit.motor.Formularflaggor;
import se.tillit.uppgift.Uppgiftsmotor;
import se.tillit.uppgift.Uppgiftsmotor.DriftsattFormular;

@Service
class CamundaUppgiftsmotor implements Uppgiftsmotor {

    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final org.camunda.bpm.engine.HistoryService historyService;
    /**
     * The user tasks of each deployed definition, by its id. A deployed definition never changes, so its model is read
     * once: reading it per request cost three statements per definition (the engine's authorization checks and the
     * definition's row), about 40 of the 45 statements of every task list page (issue 15).
     */
    private final Map<String, java.util.List<String>> anvandaruppgifter =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The JSON of each deployed Camunda Form, by its definition's id. A deployed form never changes; which one a task
     * gets is resolved per request (its binding may be "latest"), its text is read from the database once (issue 15).
     */
    private final Map<String, String> formular = new java.util.concurrent.ConcurrentHashMap<>();

    private final org.camunda.bpm.engine.impl.interceptor.CommandExecutor kommandon;

    CamundaUppgiftsmotor(
            TaskService taskService,
            FormService formService,
            RepositoryService repositoryService,
            org.camunda.bpm.engine.HistoryService historyService,
            org.camunda.bpm.engine.ProcessEngine processEngine) {
        this.kommandon = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                        processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.historyService = historyService;
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
    }

    @Override
    public java.util.List<String> uppgiftstyper() {
        // one query for the latest definitions the user may read; their user tasks from the map above
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(definition -> anvandaruppgifter
                        .computeIfAbsent(
                                definition.getId(),
                                id ->
                                        repositoryService
                                                .getBpmnModelInstance(id)
                                                .getModelElementsByType(UserTask.class)
                                                .stream()
                                                .map(UserTask::getId)
                                                .toList())
                        .stream())
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public Optional<DriftsattFormular> formular(String taskId) {
        // The task's form reference and the deployed form it names now, in one command: two statements (the task by
        // its id, the form's latest definition). The caller has checked the user's access to the task (the interface's
        // contract); the engine's own task query with its authorization checks and the deployed form's resource read
        // on every request cost several times that (issue 15).
        Formularreferens funnen = kommandon.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            task.initializeFormKey();
            CamundaFormRef referens = task.getCamundaFormRef();
            if (referens == null) {
                return new Formularreferens(null, null);
            }
            // binding "deployment": the process definition's own deployment; "latest" and "version" need none
            String driftsattning = "deployment".equals(referens.getBinding())
                    ? task.getProcessDefinition().getDeploymentId()
                    : null;
            return new Formularreferens(
                    referens, new GetCamundaFormDefinitionCmd(referens, driftsattning).execute(context));
        });
        if (funnen == null) {
            throw new HittadesInte("fel.uppgiftenFinnsInte");
        }
        if (funnen.referens() == null) {
            return Optional.empty();
        }
        CamundaFormDefinition definition = funnen.definition();
        if (definition == null) {
            // none found: the engine's own way of reading the form reports it
            return Optional.of(new DriftsattFormular(null, las(formService.getDeployedTaskForm(taskId))));
        }
        String json = formular.computeIfAbsent(
                definition.getId(),
                id -> las(repositoryService.getResourceAsStream(
                        definition.getDeploymentId(), definition.getResourceName())));
        return Optional.of(new DriftsattFormular(definition.getId(), json));
    }

    private record Formularreferens(CamundaFormRef referens, CamundaFormDefinition definition) {}

    private static String las(InputStream resurs) {
        try (InputStream in = resurs) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void ta(String taskId, String anvandarnamn) {
        taskService.claim(taskId, anvandarnamn);
    }

    @Override
    public void slapp(String taskId) {
        taskService.setAssignee(taskId, null);
    }

    @Override
    public void tilldela(String taskId, String anvandarnamn) {
        taskService.setAssignee(taskId, anvandarnamn);
    }

    @Override
    public boolean arSlutford(String taskId) {
        return historyService
                        .createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .count()
                > 0;
    }

    /**
     * Only the task's flags ({@link Formularflaggor}) become process variables; the text a service task hands on to a
     * use case goes as a transient value, which the engine never writes to its tables or history; the rest does not
     * go to the engine at all (the uppgift module keeps every value in {@code formularsvar}).
     */
    @Override
    public void slutfor(String taskId, Map<String, Object> varden) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new HittadesInte("fel.uppgiftenFinnsInte");
        }
        org.camunda.bpm.engine.variable.VariableMap variabler =
                org.camunda.bpm.engine.variable.Variables.createVariables();
        varden.forEach((namn, varde) -> {
            if (Formularflaggor.arFlagga(task.getTaskDefinitionKey(), namn)) {
                variabler.putValue(namn, varde);
            } else if (Formularflaggor.TEXT_TILL_ANVANDNINGSFALL.contains(namn) && varde instanceof String text) {
                variabler.putValueTyped(namn, org.camunda.bpm.engine.variable.Variables.stringValue(text, true));
            }
        });
        taskService.complete(taskId, variabler);
    }

    @Override
    public Optional<java.util.UUID> beslutFor(String taskId) {
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.empty();
        }
        Object beslutId = taskService.getVariable(taskId, "beslutId");
        return beslutId == null ? Optional.empty() : Optional.of(java.util.UUID.fromString(beslutId.toString()));
    }
}
