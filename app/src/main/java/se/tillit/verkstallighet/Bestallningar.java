package se.tillit.verkstallighet;

import java.util.List;
import java.util.UUID;

/**
 * The provider's orders: read by the staff (UTFORARE) of the provider unit the order went to, and by no one else
 * through this interface. The writes are {@link Verkstalligheter}'s use cases, which the JSON API calls as well.
 */
public interface Bestallningar {

    /**
     * Every order of a favourable decision to a unit where the logged-in user holds UTFORARE, ended ones included,
     * in the order the provider works them: by status, then requested start. Not logged: the caller logs what it shows.
     *
     * @throws org.springframework.security.access.AccessDeniedException (403) for a user who is no provider's staff
     */
    List<Bestallning> utforarens();

    /**
     * One order to a unit where the logged-in user holds UTFORARE.
     *
     * @throws se.tillit.fel.HittadesInte (404) for any other order, and for a decision without one
     */
    Bestallning utforarens(UUID beslutId);
}
