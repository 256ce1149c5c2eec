package se.tillit.lexsarah;

import java.util.UUID;

/**
 * Whether a lex Sarah report names a person (issue 18, docs/adr/0024): such a report is never deleted and keeps its own
 * rule and history, so gallring leaves the person row for it when it destroys the person's cases.
 */
public interface LexSarahPersoner {

    boolean namnerPerson(UUID personId);
}
