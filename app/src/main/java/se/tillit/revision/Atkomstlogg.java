package se.tillit.revision;

import java.util.UUID;

/** Records who read what (C55). Call it from every page and API read of a case or a person. */
public interface Atkomstlogg {

    enum Handling { LAS, SOK, EXPORT, SKRIV }

    /** Logs the current user's access; in the caller's transaction, so a read that fails is not logged. */
    void logga(Handling handling, UUID arendeId, UUID personId, String beskrivning);
}
