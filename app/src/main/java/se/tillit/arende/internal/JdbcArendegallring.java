package se.tillit.arende.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arendegallring;
import se.tillit.drift.Raderingar;

/** The case module's part of a gallring: its tables, children first. */
@Repository
@RequiredArgsConstructor
class JdbcArendegallring implements Arendegallring {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        if (arenden.isEmpty()) {
            return Map.of();
        }
        // R14's link from a later, kept case: the earlier case is gone, so the link would name nothing
        jdbc.sql(
                        "update aktualisering set tidigare_arende_id = null where tidigare_arende_id in (:ids) and arende_id not in (:ids)")
                .param("ids", arenden)
                .update();
        return new Raderingar(jdbc)
                .radera("forhandsbedomning_forlangning", """
                        delete from forhandsbedomning_forlangning
                         where aktualisering_id in (select id from aktualisering where arende_id in (:ids))""", arenden)
                .radera("begaran_om_avgorande", "delete from begaran_om_avgorande where arende_id in (:ids)", arenden)
                .radera("aktualisering", "delete from aktualisering where arende_id in (:ids)", arenden)
                .radera("arende", "delete from arende where id in (:ids)", arenden)
                .antal();
    }
}
