package se.tillit.utredning;

import java.util.UUID;

/** Published inside the transaction that signs the investigation; the process completes Task_Utreda from it. */
public record UtredningSignerad(UUID utredningId, String signeradAv) {}
