package se.tillit.motor.internal;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.utskrivning.Betalningsregler;
import se.tillit.utskrivning.Dagtyp;
import se.tillit.utskrivning.Fristregel;

/** The table betalningsansvar through the engine, so each evaluation is in the decision history (as Fristberakning). */
@Service
@RequiredArgsConstructor
class CamundaBetalningsregler implements Betalningsregler {

    private final DecisionService tabeller;

    @Override
    public Fristregel regel(String overenskommelse, String vardform) {
        DmnDecisionResult resultat = tabeller.evaluateDecisionByKey("betalningsansvar")
                .variables(Map.of("overenskommelse", overenskommelse, "vardform", vardform))
                .evaluate();
        if (resultat.isEmpty()) {
            throw new Valideringsfel(
                    "overenskommelse", Texter.text("motor.fel.betalningsansvarIngenRad", overenskommelse, vardform));
        }
        Map<String, Object> rad = resultat.getSingleResult().getEntryMap();
        return new Fristregel(((Number) rad.get("fristdagar")).intValue(), Dagtyp.valueOf((String) rad.get("dagtyp")));
    }
}
