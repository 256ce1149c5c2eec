package se.tillit.arende;

import java.util.UUID;

/**
 * @param nyttArende false when the person already had an open case of the type: the aktualisering joined it
 * @param tidigareArendeId the case of the same person and type closed less than 365 days before (R14), or null
 */
public record RegistreradAktualisering(UUID aktualiseringId, UUID arendeId, String arendenummer, boolean nyttArende,
        UUID tidigareArendeId) {
}
