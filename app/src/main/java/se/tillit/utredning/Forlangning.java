package se.tillit.utredning;

import java.time.LocalDate;

public record Forlangning(LocalDate beslutsdatum, String skal, String beslutadAv, LocalDate nyFrist) {}
