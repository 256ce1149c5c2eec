package se.tillit.motor.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;

import se.tillit.motor.Historikrad;
import se.tillit.motor.Motorhistorik;

@Service
class CamundaMotorhistorik implements Motorhistorik {

    private final HistoryService history;

    CamundaMotorhistorik(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<Historikrad> forArende(String arendenummer) {
        List<Historikrad> rader = new ArrayList<>();
        for (HistoricProcessInstance instans : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(arendenummer).list()) {
            for (HistoricActivityInstance steg : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instans.getId()).list()) {
                if (steg.getActivityType() == null || steg.getActivityType().endsWith("Gateway")) {
                    continue; // a gateway is a choice, not a step: its outcome shows in the next step
                }
                String namn = steg.getActivityName() == null ? steg.getActivityId() : steg.getActivityName();
                rader.add(new Historikrad(tid(steg.getStartTime()), steg.getAssignee(), Historikrad.Slag.STEG, process(instans),
                        namn, null, null, null, tid(steg.getEndTime())));
            }
            for (UserOperationLogEntry operation : history.createUserOperationLogQuery()
                    .processInstanceId(instans.getId()).list()) {
                if ("assignee".equals(operation.getProperty()) || operation.getProperty() == null
                        || "owner".equals(operation.getProperty())) {
                    rader.add(new Historikrad(tid(operation.getTimestamp()), operation.getUserId(), Historikrad.Slag.ATGARD,
                            process(instans), operation.getOperationType(), operation.getProperty(), operation.getOrgValue(),
                            operation.getNewValue(), null));
                }
            }
        }
        rader.sort(Comparator.comparing(Historikrad::tid));
        return rader;
    }

    private static String process(HistoricProcessInstance instans) {
        return instans.getProcessDefinitionName() == null ? instans.getProcessDefinitionKey() : instans.getProcessDefinitionName();
    }

    private static OffsetDateTime tid(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
