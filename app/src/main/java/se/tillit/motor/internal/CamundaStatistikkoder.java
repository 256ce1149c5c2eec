package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.tillit.statistik.Statistikkoder;

/**
 * The statistics codes on the latest deployed version of the DMN table {@code statistikkod}, evaluated without the
 * engine's decision history (a file asks it once per decision), as the delegationsordning is.
 */
@Service
@RequiredArgsConstructor
class CamundaStatistikkoder implements Statistikkoder {

    static final String TABELL = "statistikkod";

    private final SenasteTabeller tabeller;

    @Override
    public Optional<Statistikkod> kod(String insats, String paragraf) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("insats", insats);
        indata.put("paragraf", paragraf);
        List<Map<String, Object>> rader = tabeller.utvardera(tabeller.senaste(TABELL), indata);
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> rad = rader.get(0); // UNIQUE: at most one
        return Optional.of(new Statistikkod(Insamling.valueOf((String) rad.get("insamling")), (String) rad.get("kod")));
    }
}
