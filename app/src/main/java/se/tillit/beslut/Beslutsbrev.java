package se.tillit.beslut;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A decision letter as sent: its bytes are kept with the case and reopen unchanged (their SHA-256 proves it). */
public record Beslutsbrev(UUID id, UUID arendeId, OffsetDateTime skapad, String skapadAv, String sha256) {}
