package se.tillit.barn.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.barn.Barngallring;
import se.tillit.drift.Raderingar;

@Repository
@RequiredArgsConstructor
class JdbcBarngallring implements Barngallring {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera("anmalarinformation", "delete from anmalarinformation where arende_id in (:ids)", arenden)
                .radera("barnuppfoljning", "delete from barnuppfoljning where arende_id in (:ids)", arenden)
                // R10's offer names the placement, which the decisions' module deletes after this
                .radera(
                        "foraldrastod_erbjudande",
                        "delete from foraldrastod_erbjudande where arende_id in (:ids)",
                        arenden)
                .antal();
    }
}
