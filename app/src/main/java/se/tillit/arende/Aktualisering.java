package se.tillit.arende;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An aktualisering as the case page shows it. */
public record Aktualisering(UUID id, Aktualiseringstyp typ, OffsetDateTime inkom, String orsakskod, Utfall utfall,
        OffsetDateTime utfallRegistrerat, String utfallAv, UUID tidigareArendeId) {
}
