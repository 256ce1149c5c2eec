package se.tillit.beslut.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.beslut.Beslutsgallring;
import se.tillit.drift.Raderingar;

@Repository
@RequiredArgsConstructor
class JdbcBeslutsgallring implements Beslutsgallring {

    private static final String BESLUT = "select id from beslut where arende_id in (:ids)";

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        if (arenden.isEmpty()) {
            return Map.of();
        }
        // an appeal in a kept case that a judgment turned into one of these decisions: the decision it names is gone
        jdbc.sql("update overklagande set nytt_beslut_id = null where nytt_beslut_id in (" + BESLUT
                        + ") and beslut_id not in (" + BESLUT + ")")
                .param("ids", arenden)
                .update();
        return new Raderingar(jdbc)
                .radera("overklagande", "delete from overklagande where beslut_id in (" + BESLUT + ")", arenden)
                .radera(
                        "placeringsovervagande",
                        "delete from placeringsovervagande where placering_id in "
                                + "(select id from placering where arende_id in (:ids))",
                        arenden)
                .radera("placering", "delete from placering where arende_id in (:ids)", arenden)
                .radera(
                        "individuell_plan_omprovning",
                        "delete from individuell_plan_omprovning where plan_id in "
                                + "(select id from individuell_plan where beslut_id in (" + BESLUT + "))",
                        arenden)
                .radera("individuell_plan", "delete from individuell_plan where beslut_id in (" + BESLUT + ")", arenden)
                .radera("insatsavslut", "delete from insatsavslut where beslut_id in (" + BESLUT + ")", arenden)
                .radera(
                        "beslut_lss_uppgift",
                        "delete from beslut_lss_uppgift where beslut_id in (" + BESLUT + ")",
                        arenden)
                .radera("beslutsforslag", "delete from beslutsforslag where arende_id in (:ids)", arenden)
                .radera("beslut", "delete from beslut where arende_id in (:ids)", arenden)
                .radera("beslutsbrev", "delete from beslutsbrev where arende_id in (:ids)", arenden)
                .antal();
    }
}
