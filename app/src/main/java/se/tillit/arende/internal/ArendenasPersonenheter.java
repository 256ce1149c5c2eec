package se.tillit.arende.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.person.PersonensEnheter;

/** The units of the person's cases, open and closed: where the person's address and protection may be changed. */
@Component
@RequiredArgsConstructor
class ArendenasPersonenheter implements PersonensEnheter {

    private final JdbcClient jdbc;

    @Override
    public Set<String> enheter(UUID personId) {
        return new TreeSet<>(jdbc.sql("select distinct enhet_kod from arende where person_id = :person")
                .param("person", personId)
                .query(String.class)
                .list());
    }
}
