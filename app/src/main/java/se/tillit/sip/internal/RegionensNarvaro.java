package se.tillit.sip.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The region's attendance at a recorded meeting. */
record RegionensNarvaro(@NotNull(message = "Närvaro saknas: true eller false") Boolean narvarande,
        @Size(max = 1000, message = "Högst 1000 tecken") String deltagare) {
}
