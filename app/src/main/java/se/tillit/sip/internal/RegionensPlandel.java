package se.tillit.sip.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the region does, as the region reports it for the plan being drawn up. */
@Schema(description = "Vad regionen gör enligt planen.",
        example = "{\"insatser\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\"}")
record RegionensPlandel(@NotBlank(message = "Regionens insatser saknas") @Size(max = 4000, message = "Högst 4000 tecken") String insatser) {
}
