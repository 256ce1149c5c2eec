package se.tillit.verkstallighet;

import java.util.List;
import java.util.UUID;

/**
 * The provider's genomförandeplaner (R18): written by the staff (UTFORARE) of the provider unit an order went to, after
 * its start; read by that provider on the order's page, and by the case's readers on the case page. Not logged here:
 * the caller logs what it shows.
 */
public interface Genomforandeplaner {

    /**
     * The versions of the plan of an order to a unit where the logged-in user holds UTFORARE, oldest first; empty
     * before the first.
     *
     * @throws se.tillit.fel.HittadesInte (404) for any other order
     */
    List<Genomforandeplan> utforarens(UUID beslutId);

    /** Every version of the plans of a case's orders, by order and version. The caller checks that the case may be read. */
    List<Genomforandeplan> forArende(UUID arendeId);

    /**
     * Sets the plan (the first version) or revises it (the next). The same content as the version in force, sent again,
     * is that version: nothing new. The first version completes the process's task.
     *
     * @throws se.tillit.fel.HittadesInte (404) for an order not to the user's own provider unit
     * @throws se.tillit.fel.Valideringsfel when the order has not started, a field is missing or wrong, or the person
     *         declined and no alternative is documented
     */
    Genomforandeplan faststall(UUID beslutId, Genomforandeplan.Utkast utkast);
}
