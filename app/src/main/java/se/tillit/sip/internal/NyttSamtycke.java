package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.tillit.sip.Samtyckesgivare;

/** C24: the consent to the plan and to sharing with the region: its scope, date and who gave it. */
record NyttSamtycke(
        @NotBlank(message = "Omfattning saknas: vad får delas, och med vem?") @Size(min = 10, max = 2000, message = "10–2000 tecken") String omfattning,
        @NotNull(message = "Datum saknas") LocalDate givet,
        @NotNull(message = "Vem lämnade samtycket: PERSONEN eller FORETRADARE") Samtyckesgivare lamnatAv) {
}
