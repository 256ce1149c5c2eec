package se.tillit.arende;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An aktualisering as the case page shows it.
 *
 * @param registreradAv who registered it (a user, or the integration's account for one that came in electronically)
 */
public record Aktualisering(
        UUID id,
        Aktualiseringstyp typ,
        OffsetDateTime inkom,
        String orsakskod,
        Utfall utfall,
        OffsetDateTime utfallRegistrerat,
        String utfallAv,
        UUID tidigareArendeId,
        String registreradAv) {}
