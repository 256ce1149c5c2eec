package se.tillit.revision.internal;

import java.util.Collection;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.revision.Loggpseudonymisering;

/** Through the database's own function (V52), which runs as the table's owner: the application may not update a row. */
@Repository
@RequiredArgsConstructor
class JdbcLoggpseudonymisering implements Loggpseudonymisering {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int pseudonymisera(UUID personId, boolean personenGallrad, Collection<UUID> arenden) {
        if (!personenGallrad && arenden.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select atkomstlogg_pseudonymisera(:person, :pseudonym, :arenden)")
                .param("person", personId)
                .param("pseudonym", personenGallrad ? UUID.randomUUID() : null)
                .param("arenden", arenden.toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }
}
