package se.tillit.motor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

import se.tillit.beslut.Beslutsutfall;
import se.tillit.beslut.Delegationsordning;
import se.tillit.fel.Valideringsfel;

/**
 * The delegationsordning on the latest deployed version of its DMN table, evaluated without the engine's decision
 * history (the decision page asks it on every render); the delegationspunkt it gives is stored on the decision.
 */
@Service
class CamundaDelegationsordning implements Delegationsordning {

    static final String TABELL = "delegationsordning";

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> tolkade = new ConcurrentHashMap<>();

    CamundaDelegationsordning(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Delegering vem(String arendetyp, String insats, Beslutsutfall utfall) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("arendetyp", arendetyp);
        indata.put("insats", insats);
        indata.put("utfall", utfall.name());
        List<Map<String, Object>> rader = dmn.evaluateDecisionTable(senaste(), indata).getResultList();
        if (rader.isEmpty()) {
            throw new Valideringsfel("insatstyp", "Delegationsordningen säger inte vem som beslutar om " + insats);
        }
        Map<String, Object> rad = rader.get(0); // FIRST: the most specific row
        return new Delegering(Beslutsniva.valueOf((String) rad.get("beslutsniva")), (String) rad.get("delegationspunkt"));
    }

    private DmnDecision senaste() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(TABELL)
                .latestVersion().singleResult();
        return tolkade.computeIfAbsent(definition.getId(), id -> {
            try (InputStream modell = repository.getDecisionModel(id)) {
                return dmn.parseDecision(definition.getKey(), modell);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
