package se.tillit.statistik.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.tillit.statistik.Statistikkoder.Insamling;

/**
 * A file as built from the data, before it is stored: its text in the layout of the collection, the persons it names,
 * its counts by statistics code and sex, and the errors found by the checks. A file with errors is not offered for
 * submission.
 */
record Framtagen(
        Insamling insamling,
        String period,
        LocalDate matdag,
        String innehall,
        List<UUID> personer,
        int rader,
        List<Antal> antal,
        List<Fel> fel) {

    /** How many persons (LSS) or decisions in force (SoL, bilaga 1) a code has, per sex. */
    record Antal(String kod, char kon, int antal) {}

    /**
     * A decision that cannot be reported as it stands, or a problem of the whole file (no decision).
     *
     * @param fel the kind, shown through the message key {@code statistik.fel.<fel>}
     */
    record Fel(String arendenummer, String enhet, UUID beslutId, String insatstyp, Feltyp fel) {}

    enum Feltyp {
        /** The table statistikkod has no row for the insats (and the lagrum's paragraph). */
        INGEN_STATISTIKKOD,
        /** The table puts an LSS decision in the SoL collection or the other way round. */
        FEL_INSAMLING,
        /** An LSS decision without a personkrets recorded. */
        PERSONKRETS_SAKNAS,
        /** The person's LSS decisions give different personkretsar. */
        PERSONKRETS_OLIKA,
        /** A housing decision (9 § 8 or 9) without the kind of housing. */
        BOENDEFORM_SAKNAS,
        /** Two housing decisions of one column with different kinds or municipalities. */
        BOENDE_OLIKA,
        /** A person the register does not hold, or whose personnummer the library finds invalid. */
        OGILTIG_PERSON,
        /** An assumed identity: the real personnummer is not in Tillit; the committee reports it by hand. */
        FINGERADE_PERSONUPPGIFTER,
        /** Hemtjänst without hours in its omfattning ("8 tim/vecka" or "35 tim/månad"). */
        TIMMAR_SAKNAS,
        /** The municipality's own code (tillit.kommun.kod) is not four digits. */
        KOMMUNKOD_SAKNAS
    }

    boolean godkand() {
        return fel.isEmpty();
    }
}
