package se.tillit.statistik.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import se.tillit.statistik.Statistikkoder;

/** The shipped table {@code decisions/statistikkod.dmn}, evaluated by the DMN engine alone, as the files' tests use it. */
final class Tabellkoder implements Statistikkoder {

    private static final DmnEngine DMN =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision TABELL = las();

    @Override
    public Optional<Statistikkod> kod(String insats, String paragraf) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("insats", insats);
        indata.put("paragraf", paragraf);
        List<Map<String, Object>> rader =
                DMN.evaluateDecisionTable(TABELL, indata).getResultList();
        return rader.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new Statistikkod(Insamling.valueOf((String) rader.get(0).get("insamling")), (String)
                                rader.get(0).get("kod")));
    }

    private static DmnDecision las() {
        try (InputStream in = Tabellkoder.class.getClassLoader().getResourceAsStream("decisions/statistikkod.dmn")) {
            return DMN.parseDecision("statistikkod", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
