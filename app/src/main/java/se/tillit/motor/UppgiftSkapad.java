package se.tillit.motor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user task of a case, or of a person outside any case (a SIP), was created (published inside the engine's
 * transaction).
 *
 * @param arendeId and {@code arendenummer}: the case, or null for a task of a person outside any case
 * @param kandidatgrupp e.g. {@code LSS:HANDLAGGARE}
 * @param fristKalla LAG or LOKALT_MAL for tasks with a deadline rule, else null
 * @param dagberakning KALENDERDAGAR or FLYTTAS_TILL_VARDAG, else null
 * @param personId the person when the process carries one (a SIP), else null: a case's task has the case's person
 * @param sida the page where the task is done (its form key, e.g. {@code /sip/<id>}), or null: on the task's own page
 */
public record UppgiftSkapad(String taskId, String processInstanceId, UUID arendeId, String arendenummer,
        String uppgiftstyp, String namn, String kandidatgrupp, String tilldelad, OffsetDateTime skapad,
        OffsetDateTime forfaller, String fristKalla, String dagberakning, UUID personId, String sida) {
}
