package se.tillit.lexsarah;

import java.util.UUID;

/** The investigation of a report was documented for the first time: the process goes on to the assessment. */
public record LexSarahUtredd(UUID rapportId, String av) {}
