package se.tillit.gallring.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One run of the gallring rules (V50 {@code gallringskorning}): the proposal, and afterwards the report.
 *
 * @param skapadAv {@link #SYSTEM} for the monthly job, else the ADMIN who ran it
 * @param granskade persons with a file; {@code forfallna} files with something due; {@code undantagna} files come up and kept
 * @param arkiverar its destruction delivers the files kept for the research sample to the e-archive: every run proposed
 *        since V55 (docs/adr/0024)
 */
record Korning(
        UUID id,
        LocalDate korningsdag,
        OffsetDateTime skapad,
        String skapadAv,
        String regelversion,
        int granskade,
        int forfallna,
        int undantagna,
        Status status,
        String godkandAv,
        OffsetDateTime godkand,
        String bekraftadAv,
        OffsetDateTime bekraftad,
        String avvisadAv,
        OffsetDateTime avvisad,
        String avvisadSkal,
        UUID ersattAv,
        boolean arkiverar) {

    static final String SYSTEM = "SYSTEM";

    enum Status {
        /** Waits for a first ADMIN's approval. */
        FORESLAGEN,
        /** Approved once: waits for a second ADMIN's confirmation. */
        GODKAND,
        /**
         * Confirmed by two ADMINs: the due files are destroyed, each person in a transaction of its own; what was
         * destroyed is in {@code gallringsforstoring} (docs/adr/0024). The run stays confirmed.
         */
        BEKRAFTAD,
        AVVISAD,
        /** A newer run replaced it before it was confirmed. */
        ERSATT;

        boolean oppen() {
            return this == FORESLAGEN || this == GODKAND;
        }
    }

    public boolean avSystemet() {
        return SYSTEM.equals(skapadAv);
    }

    /**
     * The cases of the file that this run's destruction delivers to the e-archive: those kept only because of the research
     * exemption on the run's day (none for a run from before V55).
     */
    public Map<UUID, String> attArkivera(Korningsregister.Akt akt) {
        return arkiverar ? akt.forskningsurval(korningsdag) : Map.of();
    }
}
