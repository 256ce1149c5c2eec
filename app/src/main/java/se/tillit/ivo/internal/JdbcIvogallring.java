package se.tillit.ivo.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.drift.Raderingar;
import se.tillit.ivo.Ivogallring;

@Repository
@RequiredArgsConstructor
class JdbcIvogallring implements Ivogallring {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Collection<UUID> arenden) {
        return new Raderingar(jdbc)
                .radera("ivo_rapportrad_erbjudande", """
                        delete from ivo_rapportrad_erbjudande e using ivo_rapportrad r
                         where r.kvartal = e.kvartal and r.radnummer = e.radnummer and r.arende_id in (:ids)""", arenden)
                .radera("ivo_rapportrad", "delete from ivo_rapportrad where arende_id in (:ids)", arenden)
                .antal();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallraPerson(UUID personId) {
        return new Raderingar(jdbc)
                .radera(
                        "ivo_pseudonym_frikopplad",
                        "update ivo_pseudonym set person_id = gen_random_uuid() where person_id in (:ids)",
                        List.of(personId))
                .antal();
    }
}
