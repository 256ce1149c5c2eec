package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.tillit.sip.Uppfoljningsresultat;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(example = "{\"anteckning\":\"Hemsjukvården behövs nu tre gånger i veckan; planen revideras.\",\"genomford\":\"2027-03-10\",\"resultat\":\"REVIDERA\"}")
record NyUppfoljning(@NotNull(message = "{fel.datumSaknas}") LocalDate genomford,
        @NotNull(message = "{sip.fel.resultatSaknasRevideraEllerAvsluta}") Uppfoljningsresultat resultat,
        @NotBlank(message = "{fel.anteckningSaknas}") @Size(max = 4000, message = "{validering.hogstTecken}") String anteckning) {
}
