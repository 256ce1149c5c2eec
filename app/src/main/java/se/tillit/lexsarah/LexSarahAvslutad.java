package se.tillit.lexsarah;

import java.util.UUID;

/** The report was closed, its measures recorded: the process ends. */
public record LexSarahAvslutad(UUID rapportId, String av) {}
