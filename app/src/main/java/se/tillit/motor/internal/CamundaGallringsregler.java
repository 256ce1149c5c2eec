package se.tillit.motor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
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

import se.tillit.gallring.Gallringsregler;

/**
 * The gallring rules as the latest deployed version of the DMN table {@code gallring} (issue 18), evaluated by a DMN
 * engine of its own without the engine's decision history: a monthly run asks it about every case of every closed file,
 * and each answer is kept with the proposal instead (rule id, provision, table version).
 */
@Service
class CamundaGallringsregler implements Gallringsregler {

    static final String TABELL = "gallring";

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** Parsed versions by decision definition id: a deployed version never changes. */
    private final Map<String, DmnDecision> tolkade = new ConcurrentHashMap<>();

    CamundaGallringsregler(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Regelversion senaste() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(TABELL)
                .withoutTenantId().latestVersion().singleResult();
        DmnDecision tabell = tolkade.computeIfAbsent(definition.getId(), id -> {
            try (InputStream modell = repository.getDecisionModel(id)) {
                return dmn.parseDecision(definition.getKey(), modell);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Version(tabell, TABELL + " v" + definition.getVersion());
    }

    private final class Version implements Regelversion {

        private final DmnDecision tabell;
        private final String version;

        Version(DmnDecision tabell, String version) {
            this.tabell = tabell;
            this.version = version;
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public Optional<Regel> regel(Fraga fraga) {
            Map<String, Object> indata = new HashMap<>();
            indata.put("gallringsstopp", fraga.gallringsstopp());
            indata.put("fodelsedag", fraga.fodelsedag());
            indata.put("lag", fraga.lag().name());
            indata.put("slag", fraga.slag().name());
            indata.put("avslutad", fraga.avslutad().toString());
            List<Map<String, Object>> rader = dmn.evaluateDecisionTable(tabell, indata).getResultList();
            if (rader.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> rad = rader.get(0); // UNIQUE: the engine has already refused more than one
            Object alder = rad.get("tidigastVidAlder");
            return Optional.of(new Regel((String) rad.get("regel"), "GALLRAS".equals(rad.get("utfall")),
                    Period.parse((String) rad.get("tid")), alder == null ? null : ((Number) alder).intValue(),
                    "NASTA_KALENDERARETS_UTGANG".equals(rad.get("slutfrist")), (String) rad.get("kalla")));
        }
    }
}
