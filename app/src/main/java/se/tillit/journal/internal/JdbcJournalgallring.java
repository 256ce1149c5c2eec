package se.tillit.journal.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Raderingar;
import se.tillit.journal.Journalgallring;

@Repository
@RequiredArgsConstructor
class JdbcJournalgallring implements Journalgallring {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        // a correction names the note it corrects: both go in one statement, which the key checks at its end
        return new Raderingar(jdbc)
                .radera(
                        "journalbilaga",
                        "delete from journalbilaga where anteckning_id in "
                                + "(select id from journalanteckning where arende_id in (:ids))",
                        arenden)
                .radera("journalanteckning", "delete from journalanteckning where arende_id in (:ids)", arenden)
                .antal();
    }
}
