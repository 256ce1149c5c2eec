package se.tillit.bevakning;

import java.time.LocalDate;

/**
 * Swedish working days: Monday to Friday except public holidays and the days lag (1930:173) om beräkning
 * av lagstadgad tid treats like them (midsommarafton, julafton, nyårsafton).
 */
public interface Arbetsdagskalender {

    boolean arArbetsdag(LocalDate dag);

    /**
     * A deadline that ends on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton
     * moves to the next working day (lag 1930:173, 2 §; förvaltningslagen 44 § for appeals).
     */
    LocalDate flyttaTillVardag(LocalDate fristensSistaDag);

    /** The day {@code antal} working days after {@code dag} (0: the day itself if a working day). */
    LocalDate laggTillArbetsdagar(LocalDate dag, int antal);

    /** Working days after {@code fran} up to and including {@code till}; negative when {@code till} is earlier. */
    int arbetsdagarMellan(LocalDate fran, LocalDate till);
}
