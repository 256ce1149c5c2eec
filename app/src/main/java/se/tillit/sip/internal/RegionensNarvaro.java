package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The region's attendance at a recorded meeting. */
@Schema(
        description = "Om regionen var med på mötet, och vilka som deltog för regionen.",
        example = "{\"narvarande\":true,\"deltagare\":\"Distriktssköterska, fysioterapeut\"}")
record RegionensNarvaro(
        @NotNull(message = "{sip.fel.narvaroSaknasTrueEllerFalse}")
        Boolean narvarande,

        @Size(max = 1000, message = "{validering.hogstTecken}")
        String deltagare) {}
