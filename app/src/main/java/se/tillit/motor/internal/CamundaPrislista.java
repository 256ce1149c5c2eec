package se.tillit.motor.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.tillit.fel.Texter;
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
@RequiredArgsConstructor
class CamundaPrislista implements Prislista {

    private static final String INTERNPRIS = "internpris";
    private static final String OMFATTNING = "omfattning";

    private final SenasteTabeller tabeller;

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
        return new Tabellversion(tabeller.senaste(INTERNPRIS), tabeller.senaste(OMFATTNING));
    }

    /** One deployed version of each table. */
    private final class Tabellversion implements Prislista {

        private final SenasteTabeller.Tabell internpris;
        private final SenasteTabeller.Tabell omfattning;

        Tabellversion(SenasteTabeller.Tabell internpris, SenasteTabeller.Tabell omfattning) {
            this.internpris = internpris;
            this.omfattning = omfattning;
        }

        @Override
        public Pris pris(Prisfraga fraga) {
            Map<String, Object> indata = new HashMap<>();
            indata.put("insats", fraga.insats());
            indata.put("niva", fraga.niva());
            indata.put("omfattning", fraga.omfattning());
            indata.put("datum", fraga.dag().toString());
            List<Map<String, Object>> rader = tabeller.utvardera(internpris, indata);
            if (rader.isEmpty()) {
                throw new PrisSaknas(fraga);
            }
            Map<String, Object> rad = rader.get(0); // UNIQUE: the engine has already refused more than one
            return new Pris(
                    BigDecimal.valueOf(((Number) rad.get("belopp")).doubleValue())
                            .setScale(2, RoundingMode.HALF_UP),
                    (String) rad.get("enhet"),
                    (String) rad.get("debiteringsdagar"));
        }

        @Override
        public String omfattning(double timmarPerVecka) {
            var rader = tabeller.utvardera(omfattning, Map.of("timmarPerVecka", timmarPerVecka));
            if (rader.isEmpty()) {
                throw new Valideringsfel(
                        "timmarPerVecka",
                        Texter.text("motor.fel.timmarUtanforOmfattningarna", String.valueOf(timmarPerVecka)));
            }
            return (String) rader.get(0).get("omfattning");
        }

        @Override
        public String version() {
            return internpris.namn();
        }
    }
}
