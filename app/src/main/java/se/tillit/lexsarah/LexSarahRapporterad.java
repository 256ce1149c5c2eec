package se.tillit.lexsarah;

import java.util.UUID;

/**
 * A lex Sarah report was received (C25 {@code LexSarahRapport}): its process starts. It names the unit and the
 * committee whose lex Sarah-ansvariga get the tasks, never the author.
 *
 * @param nummer the report's number, the process's business key
 * @param namnd the committee unit whose lex Sarah-ansvarig covers every unit
 */
public record LexSarahRapporterad(UUID rapportId, String nummer, String enhet, String namnd) {}
