package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import se.tillit.sip.Onskan;

/** The person's answer to whether they want a SIP (JA or NEJ). */
@Schema(example = "{\"datum\":\"2026-11-27\",\"onskan\":\"JA\"}")
record Onskesvar(
        @NotNull(message = "{sip.fel.svarSaknasJaEllerNej}") Onskan onskan,
        @NotNull(message = "{fel.datumSaknas}") LocalDate datum) {}
