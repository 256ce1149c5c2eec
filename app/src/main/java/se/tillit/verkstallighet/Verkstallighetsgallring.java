package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The provider's and the ej-verkställt records' part of gallring (issue 18, docs/adr/0024): what was last recorded about
 * the orders of each case, whether one is still going on, and the destruction of these rows of cases a confirmed run
 * found due.
 */
public interface Verkstallighetsgallring {

    /**
     * Per case, the latest day anything was recorded about its decisions' orders: ordered, accepted, started, ended,
     * interrupted, attendance, the provider's statements and genomförandeplaner, the ej-verkställt records with their
     * statements and offers. A case without any is left out.
     */
    Map<UUID, LocalDate> senasteAnteckning(Collection<UUID> arenden);

    /** The cases with an order not ended or an ej-verkställt record still open: their file is in use. */
    Set<UUID> pagaende(Collection<UUID> arenden);

    /**
     * Deletes the rows of the cases' decisions here. In the caller's transaction (which holds the gallring grant).
     *
     * @return rows per kind (table), only kinds with rows
     */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
