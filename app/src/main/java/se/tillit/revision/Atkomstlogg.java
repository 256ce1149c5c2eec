package se.tillit.revision;

import java.util.UUID;

/** Records who read what (C55). Call it from every page and API read of a case or a person. */
public interface Atkomstlogg {

    enum Handling { LAS, SOK, EXPORT, SKRIV }

    /** Logs the current user's access; in the caller's transaction, so a read that fails is not logged. */
    void logga(Handling handling, UUID arendeId, UUID personId, String beskrivning);

    /** One row of the log. */
    record Rad(java.time.OffsetDateTime tidpunkt, String anvandarnamn, String roller, Handling handling, UUID arendeId,
            UUID personId, String beskrivning) {
    }

    /** Every logged access to a case, oldest first. */
    java.util.List<Rad> forArende(UUID arendeId);

    /** The log filtered by user, person and period (each optional), newest first, at most {@code max} rows. */
    java.util.List<Rad> lista(String anvandarnamn, UUID personId, java.time.OffsetDateTime fran, java.time.OffsetDateTime till, int max);
}
