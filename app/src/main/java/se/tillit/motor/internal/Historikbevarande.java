package se.tillit.motor.internal;

import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An installation from before ADR 24 deployed the case processes with a {@code historyTimeToLive} of five years: their
 * older versions keep it, and their ended instances already have a removal time, so the engine's history cleanup would
 * still delete a case's history before (or whatever) the gallring date. At start this clears both for the case processes
 * ({@link Arendeprocesser}): the older versions' TTL at once, the ended instances' removal times through one of the
 * engine's batches (run by the job executor). Idempotent: a second start finds nothing to do.
 */
@Component
@RequiredArgsConstructor
class Historikbevarande {

    private static final Logger log = LoggerFactory.getLogger(Historikbevarande.class);

    private final RepositoryService repository;
    private final HistoryService history;
    private final ManagementService management;

    @EventListener(ApplicationReadyEvent.class)
    void bevaraArendenasHistorik() {
        List<ProcessDefinition> medTtl = repository
                .createProcessDefinitionQuery()
                .processDefinitionKeysIn(Arendeprocesser.NYCKLAR.toArray(String[]::new))
                .list()
                .stream()
                .filter(definition -> definition.getHistoryTimeToLive() != null)
                .toList();
        medTtl.forEach(definition -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), null));
        String nycklar = Arendeprocesser.NYCKLAR.stream()
                .map(nyckel -> "'" + nyckel + "'")
                .collect(Collectors.joining(", "));
        // counted, not loaded: at a municipality's size there may be hundreds of thousands
        long medBorttagningstid = history.createNativeHistoricProcessInstanceQuery()
                .sql("select count(*) from " + management.getTableName(HistoricProcessInstance.class)
                        + " where REMOVAL_TIME_ is not null and PROC_DEF_KEY_ in (" + nycklar + ")")
                .count();
        if (medBorttagningstid > 0) {
            history.setRemovalTimeToHistoricProcessInstances()
                    .clearedRemovalTime()
                    .byQuery(history.createHistoricProcessInstanceQuery()
                            .processDefinitionKeyIn(Arendeprocesser.NYCKLAR.toArray(String[]::new))
                            .finished())
                    .hierarchical()
                    .executeAsync();
        }
        if (!medTtl.isEmpty() || medBorttagningstid > 0) {
            log.info(
                    "Case processes' history kept for gallring (ADR 24): TTL cleared on {} older definitions, removal time "
                            + "cleared on {} ended instances (a batch)",
                    medTtl.size(),
                    medBorttagningstid);
        }
    }
}
