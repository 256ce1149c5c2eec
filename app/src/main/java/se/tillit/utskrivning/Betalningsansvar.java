package se.tillit.utskrivning;

import java.time.LocalDate;
import se.tillit.bevakning.Arbetsdagskalender;

/**
 * When the municipality's payment for a patient ready for discharge begins, and how many days it pays in a period
 * (lag 2017:612 5 kap.; ADR 9). The free days run from the day the notice was <em>sent</em> (D5), not received: the
 * first liable day is the fristdagar-th calendar day, or the fristdagar-th working day, after the sending day. The
 * municipality pays each day from the first liable day up to, not including, the day the period ended (the patient
 * left, or was no longer ready); a period still open is paid to the end of the span asked about.
 */
public final class Betalningsansvar {

    private Betalningsansvar() {}

    public static LocalDate forstaBetalningsdag(Fristregel regel, LocalDate skickad, Arbetsdagskalender kalender) {
        return regel.dagtyp() == Dagtyp.KALENDERDAGAR
                ? skickad.plusDays(regel.fristdagar())
                : kalender.laggTillArbetsdagar(skickad, regel.fristdagar());
    }

    /**
     * @param forstaBetalningsdag from {@link #forstaBetalningsdag}
     * @param upphorde the day the period ended (not paid), or null while it lasts
     * @return the liable days within {@code fran}–{@code tom} inclusive
     */
    public static int betalningsdagar(
            LocalDate forstaBetalningsdag, LocalDate upphorde, LocalDate fran, LocalDate tom) {
        LocalDate forsta = forstaBetalningsdag.isAfter(fran) ? forstaBetalningsdag : fran;
        LocalDate sista = upphorde == null || upphorde.minusDays(1).isAfter(tom) ? tom : upphorde.minusDays(1);
        return sista.isBefore(forsta) ? 0 : (int) (sista.toEpochDay() - forsta.toEpochDay() + 1);
    }

    /** Days ready for discharge within {@code fran}–{@code tom}: from the sending day, up to not including the end. */
    public static int utskrivningsklaraDagar(LocalDate skickad, LocalDate upphorde, LocalDate fran, LocalDate tom) {
        return betalningsdagar(skickad, upphorde, fran, tom);
    }
}
