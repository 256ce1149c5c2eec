package se.tillit.revision;

import java.util.UUID;

/** Records who read what (C55). Call it from every page and API read of a case or a person. */
public interface Atkomstlogg {

    /** NEKAD: a request on an object that was answered 403 or 404 (issue 18). */
    enum Handling {
        LAS,
        SOK,
        EXPORT,
        SKRIV,
        NEKAD
    }

    /** Logs the current user's access; in the caller's transaction, so a read that fails is not logged. */
    void logga(Handling handling, UUID arendeId, UUID personId, String beskrivning);

    /**
     * Logs an access the application makes by itself, with no user behind it (a scheduled job: the gallring run's
     * delivery of a file to the e-archive, issue 18): the row names {@code system} as its user and holds no roles. A
     * request with a user logs with {@link #logga}; this is for the job alone.
     */
    void loggaSystem(String system, Handling handling, UUID arendeId, UUID personId, String beskrivning);

    /**
     * Logs a search (handling SOK): one row per person the result showed, so that the log of a person names every search
     * that showed them, or one row without a person when it showed none. The description says what kind of search it
     * was and how many persons it showed, never what was typed (it may be a personnummer).
     */
    default void loggaSokning(String beskrivning, java.util.Collection<UUID> visadePersoner) {
        if (visadePersoner.isEmpty()) {
            logga(Handling.SOK, null, null, beskrivning);
        } else {
            new java.util.LinkedHashSet<>(visadePersoner)
                    .forEach(person -> logga(Handling.SOK, null, person, beskrivning));
        }
    }

    /**
     * Logs a list, report or search answer (issue 18): one row for the request, naming every person it showed (none is
     * still a row: the request was made). The description says which list, never what was typed.
     */
    void loggaVisade(Handling handling, String beskrivning, java.util.Collection<UUID> visadePersoner);

    /** One row of the log; {@code personer} are the persons a list or report showed, empty for a single read. */
    record Rad(
            java.time.OffsetDateTime tidpunkt,
            String anvandarnamn,
            String roller,
            Handling handling,
            UUID arendeId,
            UUID personId,
            String beskrivning,
            java.util.List<UUID> personer) {}

    /** Every logged access to a case, oldest first. */
    java.util.List<Rad> forArende(UUID arendeId);

    /**
     * The log filtered by user, person and period (each optional), newest first, at most {@code max} rows; a person
     * matches the rows about them and the lists that showed them.
     */
    default java.util.List<Rad> lista(
            String anvandarnamn, UUID personId, java.time.OffsetDateTime fran, java.time.OffsetDateTime till, int max) {
        return lista(new Urval(anvandarnamn, personId, null, null, null, fran, till), max);
    }

    /**
     * What to read of the log; every part optional (null).
     *
     * @param enhet rows by users who held a role in the unit when they read (the chef's log review)
     */
    record Urval(
            String anvandarnamn,
            UUID personId,
            UUID arendeId,
            Handling handling,
            String enhet,
            java.time.OffsetDateTime fran,
            java.time.OffsetDateTime till) {}

    /** The rows the selection names, newest first, at most {@code max}. */
    java.util.List<Rad> lista(Urval urval, int max);
}
