package se.tillit.ivo;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The IVO reports' part of a gallring (issue 18, docs/adr/0024). A submitted quarter keeps its head (when, by whom,
 * inside the window); its individual rows about the cases a confirmed run found due go with the cases, since they carry
 * the person's id and the record's free text (IVO holds its own copy as received). The person's IVO pseudonym stays
 * reserved so that IVO never receives the same number for another person (ADR 10), but names no one afterwards.
 */
public interface Ivogallring {

    /** @return rows per kind (table), only kinds with rows; in the caller's transaction */
    Map<String, Integer> gallra(Collection<UUID> arenden);

    /**
     * The person row is about to go: their pseudonym is kept, given a random id instead of theirs.
     *
     * @return rows per kind (table), only kinds with rows
     */
    Map<String, Integer> gallraPerson(UUID personId);
}
