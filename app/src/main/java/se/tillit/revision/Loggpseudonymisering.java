package se.tillit.revision;

import java.util.Collection;
import java.util.UUID;

/**
 * The access log's rows about destroyed files, kept as pseudonymised rows (issue 18, ADR 22, ADR 24): nothing is
 * deleted, and the chain still verifies (a pseudonymised row is accepted by its stored content hash). Only a transaction
 * that holds the database's gallring grant for the person or the cases can do this; the database refuses anyone else,
 * the owner included.
 */
public interface Loggpseudonymisering {

    /**
     * The destroyed cases' ids are removed from the rows that name them; when the person row went too, the person's id, on
     * their rows and in the lists that showed them, becomes a pseudonym: a random id, the same on all their rows, kept
     * nowhere else.
     *
     * @return the rows changed
     */
    int pseudonymisera(UUID personId, boolean personenGallrad, Collection<UUID> arenden);
}
