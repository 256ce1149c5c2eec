package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The person withdrew the consent on this date. */
record Aterkallelse(@NotNull(message = "Datum saknas") LocalDate datum) {
}
