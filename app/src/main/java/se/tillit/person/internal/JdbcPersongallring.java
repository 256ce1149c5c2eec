package se.tillit.person.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Raderingar;
import se.tillit.person.Persongallring;

@Repository
@RequiredArgsConstructor
class JdbcPersongallring implements Persongallring {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(UUID personId) {
        List<UUID> person = List.of(personId);
        return new Raderingar(jdbc)
                .radera("person_adressandring", "delete from person_adressandring where person_id in (:ids)", person)
                .radera("person_skyddsandring", "delete from person_skyddsandring where person_id in (:ids)", person)
                .radera("person_adress", "delete from person_adress where person_id in (:ids)", person)
                .radera("person", "delete from person where id in (:ids)", person)
                .antal();
    }
}
