package se.tillit.utredning;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A decision to extend a child investigation (SoL 2025:400 20 kap. 3 §: särskilda skäl, for a stated time). */
@Schema(
        example =
                "{\"beslutsdatum\":\"2027-01-20\",\"nyFrist\":\"2027-03-20\",\"skal\":\"Utlåtande från barn- och ungdomspsykiatrin väntas i februari och behövs för bedömningen.\"}")
public record Forlangningsbeslut(
        @NotNull(message = "{fel.beslutsdatumSaknas}") LocalDate beslutsdatum,

        @NotBlank(message = "{utredning.fel.skalenForForlangningenMasteAnges}")
        @Size(max = 4000, message = "{validering.hogstTecken}")
        String skal,

        @NotNull(message = "{fel.denNyaFristenSaknas}") LocalDate nyFrist) {}
