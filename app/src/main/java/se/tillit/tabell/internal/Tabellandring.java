package se.tillit.tabell.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A checked change of a legal deadline table, waiting for (or decided by) a second administrator. Without the file: the
 * file is read only to approve it or to download it.
 */
@Schema(
        example =
                "{\"beslutsnyckel\":\"kommuniceringsfrist\",\"filnamn\":\"kommuniceringsfrist.dmn\",\"foreslagen\":\"2026-12-07T09:30:00+01:00\",\"foreslagenAv\":\"admin\",\"id\":\"a033393c-bd37-5887-be63-0b67f1927551\",\"sha256\":\"c3f1a9e7d5b3f1e9c7a5b3d1f9e7c5a3b1d9f7e5c3a1b9d7f5e3c1a9b7d5f3e1\",\"status\":\"VANTAR\"}")
record Tabellandring(
        UUID id,
        String beslutsnyckel,
        String filnamn,
        String sha256,
        String foreslagenAv,
        OffsetDateTime foreslagen,
        Status status,
        String avgjordAv,
        OffsetDateTime avgjord,
        String skal,
        String deploymentId,
        Integer version) {

    enum Status {
        VANTAR,
        GODKAND,
        AVVISAD
    }
}
