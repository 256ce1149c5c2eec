package se.tillit.motor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

import se.tillit.statistik.Statistikkoder;

/**
 * The statistics codes on the latest deployed version of the DMN table {@code statistikkod}, evaluated without the
 * engine's decision history (a file asks it once per decision), as the delegationsordning is.
 */
@Service
class CamundaStatistikkoder implements Statistikkoder {

    static final String TABELL = "statistikkod";

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> tolkade = new ConcurrentHashMap<>();

    CamundaStatistikkoder(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Statistikkod> kod(String insats, String paragraf) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("insats", insats);
        indata.put("paragraf", paragraf);
        List<Map<String, Object>> rader = dmn.evaluateDecisionTable(senaste(), indata).getResultList();
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> rad = rader.get(0); // UNIQUE: at most one
        return Optional.of(new Statistikkod(Insamling.valueOf((String) rad.get("insamling")), (String) rad.get("kod")));
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
