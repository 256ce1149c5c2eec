package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.tillit.sip.Uppfoljningsresultat;

record NyUppfoljning(@NotNull(message = "Datum saknas") LocalDate genomford,
        @NotNull(message = "Resultat saknas: REVIDERA eller AVSLUTA") Uppfoljningsresultat resultat,
        @NotBlank(message = "Anteckning saknas") @Size(max = 4000, message = "Högst 4000 tecken") String anteckning) {
}
