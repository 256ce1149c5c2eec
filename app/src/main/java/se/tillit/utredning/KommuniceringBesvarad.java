package se.tillit.utredning;

import java.util.UUID;

/** Published when the reply, or that none came by the deadline, is recorded; the process stops waiting for it. */
public record KommuniceringBesvarad(UUID utredningId, UUID kommuniceringId) {}
