package se.tillit.arende;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(
        example =
                "{\"arendenummer\":\"2026-900042\",\"arendetyp\":\"LSS\",\"enhet\":\"LSS\",\"id\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"oppet\":true,\"oppnat\":\"2026-11-24T09:00:00+01:00\",\"personId\":\"4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6\"}")
public record Arende(
        UUID id,
        String arendenummer,
        UUID personId,
        Arendetyp arendetyp,
        String enhet,
        boolean oppet,
        OffsetDateTime oppnat,
        OffsetDateTime avslutat,
        Avslutsorsak avslutsorsak) {}
