package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.tillit.sip.Uppfoljningsresultat;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(example = "{\"anteckning\":\"Hemsjukvården behövs nu tre gånger i veckan; planen revideras.\",\"genomford\":\"2027-03-10\",\"resultat\":\"REVIDERA\"}")
record NyUppfoljning(@NotNull(message = "Datum saknas") LocalDate genomford,
        @NotNull(message = "Resultat saknas: REVIDERA eller AVSLUTA") Uppfoljningsresultat resultat,
        @NotBlank(message = "Anteckning saknas") @Size(max = 4000, message = "Högst 4000 tecken") String anteckning) {
}
