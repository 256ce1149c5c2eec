package se.tillit.person;

import java.util.Map;
import java.util.UUID;

/**
 * The person row's part of a gallring (issue 18, docs/adr/0024): when none of a person's cases is left and nothing else
 * names them (a lex Sarah report, a SIP outside any case: the caller asks their modules), the person goes with their
 * address and the histories of their address and protection.
 */
public interface Persongallring {

    /**
     * Deletes the person and their address and histories. In the caller's transaction, which holds the database's
     * gallring grant for the person (the histories refuse every other delete); the database refuses it while anything
     * still refers to the person.
     *
     * @return rows per kind (table), only kinds with rows
     */
    Map<String, Integer> gallra(UUID personId);
}
