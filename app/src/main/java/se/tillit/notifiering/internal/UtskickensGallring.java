package se.tillit.notifiering.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The e-mails' traces of a destroyed case (issue 18, docs/adr/0024): the record of each e-mail sent about it (recipient
 * and kind, never content), and the outbox's completed publications whose event names the case (or, when the person
 * goes, the person). An incomplete publication is left: it still has work to do, and fails on the missing case.
 */
@Repository
@Order(3)
@RequiredArgsConstructor
class UtskickensGallring implements Arendespar {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallra(Arende arende) {
        return new Raderingar(jdbc)
                .radera("skickad_epost", "delete from skickad_epost where arende_id in (:ids)", List.of(arende.id()))
                .rakna("event_publication", avslutadeSomNamner(arende.id().toString(), arende.arendenummer()))
                .antal();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> gallraPerson(UUID personId) {
        return new Raderingar(jdbc)
                .rakna("event_publication", avslutadeSomNamner(personId.toString(), null))
                .antal();
    }

    /** The completed publications whose serialized event contains the id or the number (a scan of the outbox's text). */
    private int avslutadeSomNamner(String id, String nummer) {
        return jdbc.sql("""
                        delete from event_publication
                         where completion_date is not null
                           and (strpos(serialized_event, :id) > 0 or (cast(:nummer as text) is not null
                                and strpos(serialized_event, '"' || cast(:nummer as text) || '"') > 0))""").param("id", id).param("nummer", nummer).update();
    }
}
