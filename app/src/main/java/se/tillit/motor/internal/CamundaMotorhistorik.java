package se.tillit.motor.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import se.tillit.revision.Historikrad;
import se.tillit.revision.Motorhistorik;

@Service
@RequiredArgsConstructor
class CamundaMotorhistorik implements Motorhistorik {

    private final HistoryService history;

    @Override
    public List<Historikrad> forArende(String arendenummer) {
        List<Historikrad> rader = new ArrayList<>();
        for (HistoricProcessInstance instans : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(arendenummer)
                .list()) {
            List<UserOperationLogEntry> operationer = history.createUserOperationLogQuery()
                    .processInstanceId(instans.getId())
                    .list();
            Map<String, String> slutfordAv = new HashMap<>();
            operationer.stream()
                    .filter(o -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(o.getOperationType()))
                    .filter(o -> o.getTaskId() != null && o.getUserId() != null)
                    .forEach(o -> slutfordAv.putIfAbsent(o.getTaskId(), o.getUserId()));
            for (HistoricActivityInstance steg : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instans.getId())
                    .list()) {
                if (steg.getActivityType() == null || steg.getActivityType().endsWith("Gateway")) {
                    continue; // a gateway is a choice, not a step: its outcome shows in the next step
                }
                String namn = steg.getActivityName() == null ? steg.getActivityId() : steg.getActivityName();
                boolean uppgift = "userTask".equals(steg.getActivityType());
                // who did a user task: whoever completed it (the API completes without taking it), else who has it
                String vem = uppgift && steg.getTaskId() != null && slutfordAv.containsKey(steg.getTaskId())
                        ? slutfordAv.get(steg.getTaskId())
                        : steg.getAssignee();
                rader.add(new Historikrad(
                        tid(steg.getStartTime()),
                        vem,
                        uppgift,
                        Historikrad.Slag.STEG,
                        process(instans),
                        namn,
                        null,
                        null,
                        null,
                        tid(steg.getEndTime())));
            }
            for (UserOperationLogEntry operation : operationer) {
                if ("assignee".equals(operation.getProperty())
                        || operation.getProperty() == null
                        || "owner".equals(operation.getProperty())) {
                    rader.add(new Historikrad(
                            tid(operation.getTimestamp()),
                            operation.getUserId(),
                            false,
                            Historikrad.Slag.ATGARD,
                            process(instans),
                            operation.getOperationType(),
                            operation.getProperty(),
                            operation.getOrgValue(),
                            operation.getNewValue(),
                            null));
                }
            }
        }
        rader.sort(Comparator.comparing(Historikrad::tid));
        return rader;
    }

    @Override
    public List<Slutford> slutforda(String steg, UUID beslutId) {
        List<HistoricActivityInstance> klara = new ArrayList<>();
        for (HistoricProcessInstance instans : history.createHistoricProcessInstanceQuery()
                .variableValueEquals("beslutId", beslutId.toString())
                .list()) {
            history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(instans.getId())
                    .activityId(steg)
                    .finished()
                    .list()
                    .stream()
                    .filter(a -> !a.isCanceled())
                    .forEach(klara::add);
        }
        klara.sort(Comparator.comparing(HistoricActivityInstance::getEndTime));
        return klara.stream()
                .map(a -> new Slutford(
                        tid(a.getEndTime()),
                        a.getTaskId() == null
                                ? null
                                : history
                                        .createUserOperationLogQuery()
                                        .taskId(a.getTaskId())
                                        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                                        .list()
                                        .stream()
                                        .map(UserOperationLogEntry::getUserId)
                                        .filter(java.util.Objects::nonNull)
                                        .findFirst()
                                        .orElse(a.getAssignee())))
                .toList();
    }

    private static String process(HistoricProcessInstance instans) {
        return instans.getProcessDefinitionName() == null
                ? instans.getProcessDefinitionKey()
                : instans.getProcessDefinitionName();
    }

    private static OffsetDateTime tid(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
