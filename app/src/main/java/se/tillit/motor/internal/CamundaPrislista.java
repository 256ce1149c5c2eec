package se.tillit.motor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

import se.tillit.fel.Valideringsfel;
import se.tillit.pris.Pris;
import se.tillit.pris.PrisSaknas;
import se.tillit.pris.Prisfraga;
import se.tillit.pris.Prislista;

/**
 * The price list as the latest deployed versions of the DMN tables internpris and omfattning. Prices are looked
 * up, not decided: they are evaluated by a DMN engine of their own, without the engine's decision history (a
 * month's cost would otherwise leave hundreds of history rows behind, each kept for ten years). What a closed
 * month was priced with is kept with the month instead (the version).
 */
@Service
class CamundaPrislista implements Prislista {

    private static final String INTERNPRIS = "internpris";
    private static final String OMFATTNING = "omfattning";

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** Parsed tables by decision definition id: a deployed version never changes. */
    private final Map<String, DmnDecision> tolkade = new ConcurrentHashMap<>();

    CamundaPrislista(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Pris pris(Prisfraga fraga) {
        return senaste().pris(fraga);
    }

    @Override
    public String omfattning(double timmarPerVecka) {
        return senaste().omfattning(timmarPerVecka);
    }

    @Override
    public String version() {
        return senaste().version();
    }

    @Override
    public Prislista ogonblicksbild() {
        return senaste().ogonblicksbild();
    }

    private Tabellversion senaste() {
        DecisionDefinition internpris = senasteDefinition(INTERNPRIS);
        return new Tabellversion(tolkad(internpris), tolkad(senasteDefinition(OMFATTNING)),
                INTERNPRIS + " v" + internpris.getVersion());
    }

    private DecisionDefinition senasteDefinition(String nyckel) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(nyckel).latestVersion().singleResult();
    }

    private DmnDecision tolkad(DecisionDefinition definition) {
        return tolkade.computeIfAbsent(definition.getId(), id -> {
            try (InputStream modell = repository.getDecisionModel(id)) {
                return dmn.parseDecision(definition.getKey(), modell);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One deployed version of each table. */
    private final class Tabellversion implements Prislista {

        private final DmnDecision internpris;
        private final DmnDecision omfattning;
        private final String version;

        Tabellversion(DmnDecision internpris, DmnDecision omfattning, String version) {
            this.internpris = internpris;
            this.omfattning = omfattning;
            this.version = version;
        }

        @Override
        public Pris pris(Prisfraga fraga) {
            Map<String, Object> indata = new HashMap<>();
            indata.put("insats", fraga.insats());
            indata.put("niva", fraga.niva());
            indata.put("omfattning", fraga.omfattning());
            indata.put("datum", fraga.dag().toString());
            List<Map<String, Object>> rader = dmn.evaluateDecisionTable(internpris, indata).getResultList();
            if (rader.isEmpty()) {
                throw new PrisSaknas(fraga);
            }
            Map<String, Object> rad = rader.get(0); // UNIQUE: the engine has already refused more than one
            return new Pris(BigDecimal.valueOf(((Number) rad.get("belopp")).doubleValue()).setScale(2, RoundingMode.HALF_UP),
                    (String) rad.get("enhet"), (String) rad.get("debiteringsdagar"));
        }

        @Override
        public String omfattning(double timmarPerVecka) {
            var rader = dmn.evaluateDecisionTable(omfattning, Map.of("timmarPerVecka", timmarPerVecka)).getResultList();
            if (rader.isEmpty()) {
                throw new Valideringsfel("timmarPerVecka", timmarPerVecka
                        + " timmar per vecka ligger utanför omfattningarna: deltid upp till 15, halvtid 16–25, heltid 26–35");
            }
            return (String) rader.get(0).get("omfattning");
        }

        @Override
        public String version() {
            return version;
        }
    }
}
