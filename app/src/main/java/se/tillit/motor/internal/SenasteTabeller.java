package se.tillit.motor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of a DMN table, parsed once and evaluated on a DMN engine of its own, without the
 * process engine's decision history: the tables asked on every page render or once per row of a file (delegation,
 * price list, gallring, statistics codes) would otherwise write a history row each time. A deployed version never
 * changes, so the parsed table is kept by its decision definition id; a new version is parsed on its first use.
 */
@Component
@RequiredArgsConstructor
class SenasteTabeller {

    /** One deployed version of a table: what to evaluate and its version number, for the records that cite it. */
    record Tabell(DmnDecision tolkad, String nyckel, int version) {

        /** E.g. "internpris v3". */
        String namn() {
            return nyckel + " v" + version;
        }
    }

    private final RepositoryService repository;
    private final DmnEngine dmn =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> tolkade = new ConcurrentHashMap<>();

    Tabell senaste(String nyckel) {
        DecisionDefinition definition = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(nyckel)
                .withoutTenantId()
                .latestVersion()
                .singleResult();
        DmnDecision tolkad = tolkade.computeIfAbsent(definition.getId(), id -> {
            try (InputStream modell = repository.getDecisionModel(id)) {
                return dmn.parseDecision(definition.getKey(), modell);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Tabell(tolkad, nyckel, definition.getVersion());
    }

    /** The rows the table's hit policy gives for these inputs. */
    List<Map<String, Object>> utvardera(Tabell tabell, Map<String, Object> indata) {
        return dmn.evaluateDecisionTable(tabell.tolkad(), indata).getResultList();
    }
}
