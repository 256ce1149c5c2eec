package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the region does, as the region reports it for the plan being drawn up. */
@Schema(
        description = "Vad regionen gör enligt planen.",
        example = "{\"insatser\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\"}")
record RegionensPlandel(
        @NotBlank(message = "{sip.fel.regionensInsatserSaknas}") @Size(max = 4000, message = "{validering.hogstTecken}")
        String insatser) {}
