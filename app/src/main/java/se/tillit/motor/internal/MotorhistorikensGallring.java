package se.tillit.motor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.gallring.Arendespar;
import se.tillit.gallring.Gallringshinder;

/**
 * The engine's history of a destroyed case (issue 18, C1 item 18, docs/adr/0024): every process instance whose business
 * key is the case number (the case's processes and their call activities, a SIP or a discharge of the case) or that
 * names the case in its variable {@code arendeId}, with their steps, tasks, variables, decisions, incidents, job logs and
 * user operations. In the person's transaction (the engine shares the application's), so a failure later rolls it back
 * too. A process of the case that still runs stops the person's gallring: the case is not finished in the engine.
 */
@Service
@Order(1)
@RequiredArgsConstructor
class MotorhistorikensGallring implements Arendespar {

    private final HistoryService history;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Arende arende) {
        Map<String, HistoricProcessInstance> perId = new LinkedHashMap<>();
        history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(arende.arendenummer())
                .list()
                .forEach(i -> perId.put(i.getId(), i));
        history.createHistoricProcessInstanceQuery()
                .variableValueEquals("arendeId", arende.id().toString())
                .list()
                .forEach(i -> perId.putIfAbsent(i.getId(), i));
        List<HistoricProcessInstance> instanser = List.copyOf(perId.values());
        List<String> pagaende = instanser.stream()
                .filter(i -> i.getEndTime() == null)
                .map(i -> i.getProcessDefinitionKey() + " " + i.getId())
                .toList();
        if (!pagaende.isEmpty()) {
            throw new Gallringshinder(
                    Gallringshinder.PROCESS_PAGAR, "case " + arende.id() + ": " + String.join(", ", pagaende));
        }
        List<String> ids = List.copyOf(perId.keySet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> antal = new LinkedHashMap<>();
        for (String id : ids) {
            rakna(
                    antal,
                    "motor.steg",
                    history.createHistoricActivityInstanceQuery()
                            .processInstanceId(id)
                            .count());
            rakna(
                    antal,
                    "motor.uppgift",
                    history.createHistoricTaskInstanceQuery()
                            .processInstanceId(id)
                            .count());
            rakna(
                    antal,
                    "motor.variabel",
                    history.createHistoricVariableInstanceQuery()
                            .processInstanceId(id)
                            .count());
            for (UserOperationLogEntry operation :
                    history.createUserOperationLogQuery().processInstanceId(id).list()) {
                history.deleteUserOperationLogEntry(operation.getId());
                rakna(antal, "motor.anvandaroperation", 1);
            }
            for (HistoricDecisionInstance evaluering : history.createHistoricDecisionInstanceQuery()
                    .processInstanceId(id)
                    .list()) {
                history.deleteHistoricDecisionInstanceByInstanceId(evaluering.getId());
                rakna(antal, "motor.beslutsutvardering", 1);
            }
        }
        history.deleteHistoricProcessInstancesBulk(ids);
        Map<String, Integer> svar = new LinkedHashMap<>();
        svar.put("motor.processinstans", ids.size());
        svar.putAll(antal);
        return svar;
    }

    private static void rakna(Map<String, Integer> antal, String slag, long rader) {
        if (rader > 0) {
            antal.merge(slag, (int) rader, Integer::sum);
        }
    }
}
