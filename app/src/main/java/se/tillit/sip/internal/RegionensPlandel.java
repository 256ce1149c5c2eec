package se.tillit.sip.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the region does, as the region reports it for the plan being drawn up. */
record RegionensPlandel(@NotBlank(message = "Regionens insatser saknas") @Size(max = 4000, message = "Högst 4000 tecken") String insatser) {
}
