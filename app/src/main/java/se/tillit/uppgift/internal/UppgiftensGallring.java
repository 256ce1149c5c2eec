package se.tillit.uppgift.internal;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arende.Arende;
import se.tillit.drift.Raderingar;
import se.tillit.gallring.Arendespar;

/**
 * The task module's traces of a destroyed case (issue 18, docs/adr/0024): the task lists' rows (with the person's name
 * and personnummer), the documents of the forms (handling) and the forms' values field by field (formularsvar, which
 * refuses every delete but the gallring grant's).
 */
@Repository
@Order(2)
@RequiredArgsConstructor
class UppgiftensGallring implements Arendespar {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Arende arende) {
        List<?> arendet = List.of(arende.id());
        return new Raderingar(jdbc)
                .radera("uppgift", "delete from uppgift where arende_id in (:ids)", arendet)
                .radera("handling", "delete from handling where arende_id in (:ids)", arendet)
                .radera("formularsvar", "delete from formularsvar where arende_id in (:ids)", arendet)
                .antal();
    }
}
