package se.tillit.statistik.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.tillit.statistik.Statistikkoder.Insamling;

/**
 * A stored file: as generated last, or as submitted (then frozen).
 *
 * @param inlamning null while not submitted
 */
record Statistikfil(
        Insamling insamling,
        String period,
        LocalDate matdag,
        String innehall,
        String sha256,
        int antalPersoner,
        int antalRader,
        List<UUID> personer,
        OffsetDateTime genererad,
        String genereradAv,
        List<Framtagen.Antal> antal,
        List<Framtagen.Fel> fel,
        Inlamning inlamning) {

    /** Registered by an ADMIN after the upload in Socialstyrelsen's portal. */
    record Inlamning(LocalDate datum, String kvittens, String av, OffsetDateTime registrerad) {}

    public boolean inlamnad() {
        return inlamning != null;
    }

    public boolean godkand() {
        return fel.isEmpty();
    }

    /** The count of a code for a sex, 0 when none. */
    public int antal(String kod, char kon) {
        return antal.stream()
                .filter(a -> a.kod().equals(kod) && a.kon() == kon)
                .mapToInt(Framtagen.Antal::antal)
                .sum();
    }

    /** The file's name for the download. */
    public String filnamn() {
        return "socialstyrelsen-" + insamling.name().toLowerCase() + "-" + period + ".csv";
    }
}
