package se.tillit.utredning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * @param frist the current deadline (moved by each förlängning), null until computed
 * @param fristKalla LAG or LOKALT_MAL
 * @param registrerad when it was opened in the system (its {@code inledd} is the day it began)
 * @param registreradAv who opened it: the user whose assessment led to it, or the engine ({@code system:...})
 * @param avslutadAv who ended it: the handläggare whose signature completed the task Utreda; null while it goes on,
 *        and for an investigation ended before this was recorded
 * @param avslutadRegistrerad when its end was recorded (its {@code avslutad} is the day); null as {@code avslutadAv}
 */
@Schema(
        example =
                "{\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"forlangningMojlig\":true,\"frist\":\"2027-03-10\",\"fristKalla\":\"LAG\",\"id\":\"ed09754e-0ba3-53b4-a3eb-ced0f2be5184\",\"inledd\":\"2026-11-10\",\"registrerad\":\"2026-11-10T14:00:00+01:00\",\"registreradAv\":\"handlaggare.lss\"}")
public record Utredning(
        UUID id,
        UUID arendeId,
        LocalDate inledd,
        LocalDate frist,
        String fristKalla,
        boolean forlangningMojlig,
        LocalDate avslutad,
        OffsetDateTime registrerad,
        String registreradAv,
        String avslutadAv,
        OffsetDateTime avslutadRegistrerad) {}
