package se.tillit.motor.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

import se.tillit.fel.Valideringsfel;
import se.tillit.pris.Pris;
import se.tillit.pris.PrisSaknas;
import se.tillit.pris.Prisfraga;
import se.tillit.pris.Prislista;

/** The price list as the latest deployed versions of the DMN tables internpris and omfattning. */
@Service
class CamundaPrislista implements Prislista {

    private final DecisionService tabeller;

    CamundaPrislista(DecisionService tabeller) {
        this.tabeller = tabeller;
    }

    @Override
    public Pris pris(Prisfraga fraga) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("insats", fraga.insats());
        indata.put("niva", fraga.niva());
        indata.put("omfattning", fraga.omfattning());
        indata.put("datum", fraga.dag().toString());
        List<Map<String, Object>> rader = tabeller.evaluateDecisionByKey("internpris").variables(indata).evaluate()
                .getResultList();
        if (rader.isEmpty()) {
            throw new PrisSaknas(fraga);
        }
        Map<String, Object> rad = rader.get(0); // UNIQUE: the engine has already refused more than one
        return new Pris(BigDecimal.valueOf(((Number) rad.get("belopp")).doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP), (String) rad.get("enhet"),
                (String) rad.get("debiteringsdagar"));
    }

    @Override
    public String omfattning(double timmarPerVecka) {
        var rader = tabeller.evaluateDecisionByKey("omfattning").variables(Map.of("timmarPerVecka", timmarPerVecka))
                .evaluate().getResultList();
        if (rader.isEmpty()) {
            throw new Valideringsfel("timmarPerVecka", timmarPerVecka
                    + " timmar per vecka ligger utanför omfattningarna: deltid upp till 15, halvtid 16–25, heltid 26–35");
        }
        return (String) rader.get(0).get("omfattning");
    }
}
