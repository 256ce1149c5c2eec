package se.tillit.arende;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * @param nyttArende false when the person already had an open case of the type: the aktualisering joined it
 * @param tidigareArendeId the case of the same person and type closed less than 365 days before (R14), or null
 */
@Schema(
        description =
                "Den registrerade aktualiseringen och dess ärende; `nyttArende` är false när den lades till personens öppna ärende, `tidigareArendeId` ett ärende av samma typ som avslutades för mindre än 365 dagar sedan (R14).",
        example =
                "{\"aktualiseringId\":\"5d0c7a3e-2f7b-4c61-9a0e-1b2c3d4e5f60\",\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"arendenummer\":\"2026-900042\",\"nyttArende\":true}")
public record RegistreradAktualisering(
        UUID aktualiseringId, UUID arendeId, String arendenummer, boolean nyttArende, UUID tidigareArendeId) {}
