package se.tillit.kostnad;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The costs' part of a gallring (issue 18, docs/adr/0024): the performed hours imported for the decisions of cases a
 * confirmed run found due. A closed month's frozen cost rows (kostnadsrad, R29) are kept: they are the accounts of the
 * month, name a decision and a case number but no person, and once the case is gone nothing leads from them to anyone.
 */
public interface Kostnadsgallring {

    /** @return rows per kind (table), only kinds with rows; in the caller's transaction */
    Map<String, Integer> gallra(Collection<UUID> arenden);
}
