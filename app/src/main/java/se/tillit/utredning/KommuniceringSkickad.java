package se.tillit.utredning;

import java.time.LocalDate;
import java.util.UUID;

/** Published inside the transaction that records a kommunicering; the process starts waiting for the reply. */
public record KommuniceringSkickad(
        UUID utredningId, UUID kommuniceringId, LocalDate skickad, Kommuniceringssatt satt) {}
