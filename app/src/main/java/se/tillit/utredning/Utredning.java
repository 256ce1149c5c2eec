package se.tillit.utredning;

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
public record Utredning(UUID id, UUID arendeId, LocalDate inledd, LocalDate frist, String fristKalla,
        boolean forlangningMojlig, LocalDate avslutad, OffsetDateTime registrerad, String registreradAv,
        String avslutadAv, OffsetDateTime avslutadRegistrerad) {
}
