package se.tillit.motor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user task of a case was created (published inside the engine's transaction).
 *
 * @param kandidatgrupp e.g. {@code LSS:HANDLAGGARE}
 * @param fristKalla LAG or LOKALT_MAL for tasks with a deadline rule, else null
 * @param dagberakning KALENDERDAGAR or FLYTTAS_TILL_VARDAG, else null
 */
public record UppgiftSkapad(String taskId, String processInstanceId, UUID arendeId, String arendenummer,
        String uppgiftstyp, String namn, String kandidatgrupp, String tilldelad, OffsetDateTime skapad,
        OffsetDateTime forfaller, String fristKalla, String dagberakning) {
}
