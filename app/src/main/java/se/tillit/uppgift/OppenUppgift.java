package se.tillit.uppgift;

import java.time.OffsetDateTime;

/**
 * @param arendenummer and {@code arendeId}: null for a task of a person outside any case (a SIP)
 * @param sida the page where the task is done, or null: on the task's own page
 */
public record OppenUppgift(
        String taskId,
        String namn,
        String enhet,
        String kandidatroll,
        String tilldelad,
        OffsetDateTime forfaller,
        String arendenummer,
        java.util.UUID arendeId,
        String uppgiftstyp,
        String sida) {}
