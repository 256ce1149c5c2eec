package se.tillit.arende;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published inside the registering transaction; the motor module starts the case process from it, so the
 * registration and the process start commit together or not at all.
 *
 * @param barnanmalan an anmälan about a child: förhandsbedömning applies (SoL 2025:400 20 kap.)
 */
public record AktualiseringRegistrerad(
        UUID aktualiseringId,
        UUID arendeId,
        String arendenummer,
        Arendetyp arendetyp,
        Aktualiseringstyp typ,
        String enhet,
        OffsetDateTime inkom,
        boolean nyttArende,
        boolean barnanmalan) {}
