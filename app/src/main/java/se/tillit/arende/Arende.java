package se.tillit.arende;

import java.time.OffsetDateTime;
import java.util.UUID;

public record Arende(UUID id, String arendenummer, UUID personId, Arendetyp arendetyp, String enhet, boolean oppet,
        OffsetDateTime oppnat, OffsetDateTime avslutat, Avslutsorsak avslutsorsak) {
}
