package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A held SIP meeting.
 *
 * @param flerMoten the plan was not ready: another meeting on {@code nastaMote}
 */
record NyttMote(@NotNull(message = "Mötesdatum saknas") LocalDate datum,
        @NotBlank(message = "Deltagare saknas") @Size(max = 2000, message = "Högst 2000 tecken") String deltagare,
        @NotBlank(message = "Anteckning saknas") @Size(max = 4000, message = "Högst 4000 tecken") String anteckning,
        boolean flerMoten,
        LocalDate nastaMote) {
}
