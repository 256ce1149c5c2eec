package se.tillit.utredning;

import java.time.LocalDate;
import java.util.UUID;

/** Published inside the transaction that records a förlängning; the process moves its deadline from it. */
public record UtredningForlangd(UUID utredningId, LocalDate nyFrist) {}
