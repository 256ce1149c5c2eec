package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.tillit.sip.Uppfoljningsresultat;

@Schema(
        example =
                "{\"anteckning\":\"Hemsjukvården behövs nu tre gånger i veckan; planen revideras.\",\"genomford\":\"2027-03-10\",\"resultat\":\"REVIDERA\"}")
record NyUppfoljning(
        @NotNull(message = "{fel.datumSaknas}") LocalDate genomford,

        @NotNull(message = "{sip.fel.resultatSaknasRevideraEllerAvsluta}")
        Uppfoljningsresultat resultat,

        @NotBlank(message = "{fel.anteckningSaknas}") @Size(max = 4000, message = "{validering.hogstTecken}")
        String anteckning) {}
