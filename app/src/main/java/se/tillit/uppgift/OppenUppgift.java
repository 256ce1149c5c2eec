package se.tillit.uppgift;

import java.time.OffsetDateTime;

public record OppenUppgift(String taskId, String namn, String enhet, String kandidatroll, String tilldelad,
        OffsetDateTime forfaller, String arendenummer, java.util.UUID arendeId, String uppgiftstyp) {
}
