package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import se.tillit.sip.Onskan;

/** The person's answer to whether they want a SIP (JA or NEJ). */
record Onskesvar(@NotNull(message = "Svar saknas: JA eller NEJ") Onskan onskan,
        @NotNull(message = "Datum saknas") LocalDate datum) {
}
