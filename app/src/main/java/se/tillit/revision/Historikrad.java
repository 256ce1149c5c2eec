package se.tillit.revision;

import java.time.OffsetDateTime;

/**
 * One entry of a case's history in the engine: a step that ran or a user operation (claim, assign, complete). It
 * carries the engine's own names and codes; the page turns the codes into words.
 *
 * @param vem the user: a user task's assignee, or whoever completed it; an operation's user. Null for a step of the
 *        engine itself (a timer, a service task, an event), and for a user task no one has taken
 * @param uppgift whether the step is a user task (then a null {@code vem} means no one has it, not the engine)
 * @param process the process's name as its model gives it
 * @param namn a step's name as the model gives it; for an operation the engine's operation type (Create, Claim, ...)
 * @param egenskap for an operation, the property it changed (assignee, owner), else null; {@code fran} and {@code till}
 *        its values before and after
 * @param klar when a step ended, null while it runs (and for an operation)
 */
public record Historikrad(
        OffsetDateTime tid,
        String vem,
        boolean uppgift,
        Slag slag,
        String process,
        String namn,
        String egenskap,
        String fran,
        String till,
        OffsetDateTime klar) {

    public enum Slag {
        STEG,
        ATGARD
    }
}
