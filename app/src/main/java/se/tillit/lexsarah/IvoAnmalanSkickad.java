package se.tillit.lexsarah;

import java.util.UUID;

/** The anmälan to IVO was sent and recorded with its date and IVO's diarienummer (C25 {@code IvoAnmalanSkickad}). */
public record IvoAnmalanSkickad(UUID rapportId, String av) {}
