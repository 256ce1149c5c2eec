package se.tillit.arkiv;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The receipt of one delivery to the e-archive, as recorded in {@code arkivleverans}: the package and its file, never
 * its content.
 *
 * @param paketId the package's identifier (METS {@code OBJID}), also the name of the ZIP's root folder
 * @param filnamn the ZIP's name in the outbox
 * @param sha256 the ZIP's SHA-256, lower-case hex (also beside it in the outbox as {@code <filnamn>.sha256})
 * @param storlek the ZIP's size in bytes
 * @param skal the administrator's reason for a delivery on demand, or the gallring run's name for its own
 */
public record Leveranskvitto(
        UUID id,
        UUID personId,
        String paketId,
        String filnamn,
        String sha256,
        long storlek,
        Antal antal,
        String levereradAv,
        OffsetDateTime levererad,
        String skal) {

    /**
     * What the package holds.
     *
     * @param brev the decision letters; {@code brevPdfA} of them declare PDF/A (those written before Tillit wrote PDF/A
     *        do not, and are delivered as they were sent)
     * @param filer every file in the package, the METS and PREMIS files included
     */
    public record Antal(
            int arenden,
            int beslut,
            int brev,
            int brevPdfA,
            int anteckningar,
            int bilagor,
            int historikrader,
            int filer) {}
}
