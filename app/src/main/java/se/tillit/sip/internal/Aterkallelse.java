package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The person withdrew the consent on this date. */
@Schema(description = "Dagen då den enskilde återkallade sitt samtycke.", example = "{\"datum\":\"2026-12-10\"}")
record Aterkallelse(@NotNull(message = "{fel.datumSaknas}") LocalDate datum) {}
