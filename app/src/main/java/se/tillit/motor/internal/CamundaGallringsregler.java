package se.tillit.motor.internal;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.tillit.gallring.Gallringsregler;

/**
 * The gallring rules as the latest deployed version of the DMN table {@code gallring} (issue 18), evaluated by a DMN
 * engine of its own without the engine's decision history: a monthly run asks it about every case of every closed file,
 * and each answer is kept with the proposal instead (rule id, provision, table version).
 */
@Service
@RequiredArgsConstructor
class CamundaGallringsregler implements Gallringsregler {

    static final String TABELL = "gallring";

    private final SenasteTabeller tabeller;

    @Override
    public Regelversion senaste() {
        return new Version(tabeller.senaste(TABELL));
    }

    private final class Version implements Regelversion {

        private final SenasteTabeller.Tabell tabell;

        Version(SenasteTabeller.Tabell tabell) {
            this.tabell = tabell;
        }

        @Override
        public String version() {
            return tabell.namn();
        }

        @Override
        public Optional<Regel> regel(Fraga fraga) {
            Map<String, Object> indata = new HashMap<>();
            indata.put("gallringsstopp", fraga.gallringsstopp());
            indata.put("fodelsedag", fraga.fodelsedag());
            indata.put("lag", fraga.lag().name());
            indata.put("slag", fraga.slag().name());
            indata.put("avslutad", fraga.avslutad().toString());
            List<Map<String, Object>> rader = tabeller.utvardera(tabell, indata);
            if (rader.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> rad = rader.get(0); // UNIQUE: the engine has already refused more than one
            Object alder = rad.get("tidigastVidAlder");
            return Optional.of(new Regel(
                    (String) rad.get("regel"),
                    "GALLRAS".equals(rad.get("utfall")),
                    Period.parse((String) rad.get("tid")),
                    alder == null ? null : ((Number) alder).intValue(),
                    "NASTA_KALENDERARETS_UTGANG".equals(rad.get("slutfrist")),
                    (String) rad.get("kalla")));
        }
    }
}
