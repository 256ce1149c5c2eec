package se.tillit.tabell.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A checked change of a legal deadline table, waiting for (or decided by) a second administrator. Without the file: the
 * file is read only to approve it or to download it.
 */
record Tabellandring(UUID id, String beslutsnyckel, String filnamn, String sha256, String foreslagenAv,
        OffsetDateTime foreslagen, Status status, String avgjordAv, OffsetDateTime avgjord, String skal,
        String deploymentId, Integer version) {

    enum Status { VANTAR, GODKAND, AVVISAD }
}
