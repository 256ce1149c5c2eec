package se.tillit.arkiv;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The engine's history of a case, for its archive package: every step of every process of the case and every user
 * operation on them (not the access log). Implemented in the motor module, the engine's adapter, from its
 * {@code Motorhistorik}; declared here so that this module does not depend on the motor module (which implements a port
 * of gallring, the module that will call this one).
 */
public interface Processhistorik {

    /** Oldest first; empty for a case the engine has no history of (or no longer has). */
    List<Handelse> forArende(String arendenummer);

    /**
     * One entry, in the engine's own names and codes.
     *
     * @param vem the user, or null for the engine itself
     * @param namn a step's name, or for an operation the engine's operation type (Create, Claim, Complete, ...)
     * @param egenskap for an operation, the property it changed (assignee, owner), else null; {@code fran} and {@code till}
     *        its values before and after
     * @param klar when a step ended, null while it runs and for an operation
     */
    record Handelse(
            OffsetDateTime tid,
            String vem,
            Slag slag,
            String process,
            String namn,
            String egenskap,
            String fran,
            String till,
            OffsetDateTime klar) {}

    enum Slag {
        STEG,
        ATGARD
    }
}
