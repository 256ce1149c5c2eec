package se.tillit.gallring;

import java.util.Map;
import java.util.UUID;
import se.tillit.arende.Arende;

/**
 * A module's traces of a case that gallring cannot reach through the module's API, because the module depends on
 * gallring already (through the engine): the engine's history (motor), the task lists' projection with the forms'
 * documents and values (uppgift), the e-mail records and the outbox (notifiering). Each implements this port; gallring
 * calls every implementation, in the person's transaction, before the other modules' rows of the case go (docs/adr/0024).
 */
public interface Arendespar {

    /**
     * Destroys this module's traces of the closed case. Fails (and the person's transaction with it) when they cannot go,
     * as when the engine still runs a process of the case.
     *
     * @return rows per kind, only kinds with rows
     */
    Map<String, Integer> gallra(Arende arende);

    /** The person row is about to go: traces that name the person outside any case. */
    default Map<String, Integer> gallraPerson(UUID personId) {
        return Map.of();
    }
}
