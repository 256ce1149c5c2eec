package se.tillit.verkstallighet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The provider's orders: read by the staff (UTFORARE) of the provider unit the order went to, and by no one else
 * through this interface. The writes are {@link Verkstalligheter}'s use cases, which the JSON API calls as well.
 */
public interface Bestallningar {

    /**
     * How many orders of favourable decisions to the units where the logged-in user holds UTFORARE are in each status
     * (every status a key, zero included), counted in the database from the status stored on each order (ADR 21): a
     * provider may hold tens of thousands.
     *
     * @throws org.springframework.security.access.AccessDeniedException (403) for a user who is no provider's staff
     */
    Map<Bestallning.Status, Long> antalPerStatus();

    /**
     * One page ({@code sida} from 0, {@code perSida} rows) of those orders in the given statuses, in the order the
     * provider works them: by status, then requested start, then case number. Not logged: the caller logs what it shows.
     *
     * @throws org.springframework.security.access.AccessDeniedException (403) for a user who is no provider's staff
     */
    List<Bestallning> utforarens(Set<Bestallning.Status> statusar, int sida, int perSida);

    /**
     * One order to a unit where the logged-in user holds UTFORARE.
     *
     * @throws se.tillit.fel.HittadesInte (404) for any other order, and for a decision without one
     */
    Bestallning utforarens(UUID beslutId);
}
