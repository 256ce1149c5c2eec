package se.tillit.arende;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** SoL (2025:400) 20 kap. 2 §: past 14 days only for synnerliga skäl, which must be written down (C2). */
public record ForlangningAvForhandsbedomning(
        @NotNull(message = "Beslutsdatum saknas") LocalDate beslutsdatum,
        @NotBlank(message = "De synnerliga skälen måste anges") @Size(max = 4000, message = "Högst 4000 tecken") String skal,
        @NotNull(message = "Den nya fristen saknas") LocalDate nyFrist) {
}
