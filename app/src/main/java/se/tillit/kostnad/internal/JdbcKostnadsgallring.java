package se.tillit.kostnad.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.tillit.drift.Raderingar;
import se.tillit.kostnad.Kostnadsgallring;

@Repository
class JdbcKostnadsgallring implements Kostnadsgallring {

    private final JdbcClient jdbc;

    JdbcKostnadsgallring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera("utford_tid", "delete from utford_tid where beslut_id in (select id from beslut where arende_id in (:ids))",
                        arenden)
                .antal();
    }
}
