package se.tillit.motor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.tillit.beslut.Beslutsutfall;
import se.tillit.beslut.Delegationsordning;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;

/**
 * The delegationsordning on the latest deployed version of its DMN table, evaluated without the engine's decision
 * history (the decision page asks it on every render); the delegationspunkt it gives is stored on the decision.
 */
@Service
@RequiredArgsConstructor
class CamundaDelegationsordning implements Delegationsordning {

    static final String TABELL = "delegationsordning";

    private final SenasteTabeller tabeller;

    @Override
    public Delegering vem(String arendetyp, String insats, Beslutsutfall utfall) {
        Map<String, Object> indata = new HashMap<>();
        indata.put("arendetyp", arendetyp);
        indata.put("insats", insats);
        indata.put("utfall", utfall.name());
        List<Map<String, Object>> rader = tabeller.utvardera(tabeller.senaste(TABELL), indata);
        if (rader.isEmpty()) {
            throw new Valideringsfel(
                    "insatstyp", Texter.text("motor.fel.delegationsordningenSagerInteVemSomBeslutarOm", insats));
        }
        Map<String, Object> rad = rader.get(0); // FIRST: the most specific row
        return new Delegering(
                Beslutsniva.valueOf((String) rad.get("beslutsniva")), (String) rad.get("delegationspunkt"));
    }
}
