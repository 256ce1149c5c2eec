package se.tillit.revision;

import java.util.UUID;

/** Records who read what (C55). Call it from every page and API read of a case or a person. */
public interface Atkomstlogg {

    enum Handling { LAS, SOK, EXPORT, SKRIV }

    /** Logs the current user's access; in the caller's transaction, so a read that fails is not logged. */
    void logga(Handling handling, UUID arendeId, UUID personId, String beskrivning);

    /**
     * Logs a search (handling SOK): one row per person the result showed, so that the log of a person names every search
     * that showed them, or one row without a person when it showed none. The description says what kind of search it
     * was and how many persons it showed, never what was typed (it may be a personnummer).
     */
    default void loggaSokning(String beskrivning, java.util.Collection<UUID> visadePersoner) {
        if (visadePersoner.isEmpty()) {
            logga(Handling.SOK, null, null, beskrivning);
        } else {
            new java.util.LinkedHashSet<>(visadePersoner).forEach(person -> logga(Handling.SOK, null, person, beskrivning));
        }
    }

    /** One row of the log. */
    record Rad(java.time.OffsetDateTime tidpunkt, String anvandarnamn, String roller, Handling handling, UUID arendeId,
            UUID personId, String beskrivning) {
    }

    /** Every logged access to a case, oldest first. */
    java.util.List<Rad> forArende(UUID arendeId);

    /** The log filtered by user, person and period (each optional), newest first, at most {@code max} rows. */
    java.util.List<Rad> lista(String anvandarnamn, UUID personId, java.time.OffsetDateTime fran, java.time.OffsetDateTime till, int max);
}
