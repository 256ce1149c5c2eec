package se.tillit.revision.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.tillit.revision.Loggpseudonymisering;

/** Through the database's own function (V52), which runs as the table's owner: the application may not update a row. */
@Repository
class JdbcLoggpseudonymisering implements Loggpseudonymisering {

    private final JdbcClient jdbc;

    JdbcLoggpseudonymisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int arenden(Collection<UUID> arenden) {
        if (arenden.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select atkomstlogg_pseudonymisera(null, null, :arenden)")
                .param("arenden", arenden.toArray(UUID[]::new)).query(Integer.class).single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int person(UUID personId) {
        return jdbc.sql("select atkomstlogg_pseudonymisera(:person, :pseudonym, '{}')")
                .param("person", personId).param("pseudonym", UUID.randomUUID()).query(Integer.class).single();
    }
}
