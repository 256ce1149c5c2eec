package se.tillit.arende;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** SoL (2025:400) 20 kap. 2 §: past 14 days only for synnerliga skäl, which must be written down (C2). */
@Schema(
        example =
                "{\"beslutsdatum\":\"2026-12-18\",\"nyFrist\":\"2027-01-15\",\"skal\":\"Vårdnadshavarna kan nås först efter jul; samtal är bokat den 8 januari.\"}")
public record ForlangningAvForhandsbedomning(
        @NotNull(message = "{fel.beslutsdatumSaknas}") LocalDate beslutsdatum,

        @NotBlank(message = "{arende.fel.deSynnerligaSkalenMasteAnges}")
        @Size(max = 4000, message = "{validering.hogstTecken}")
        String skal,

        @NotNull(message = "{fel.denNyaFristenSaknas}") LocalDate nyFrist) {}
