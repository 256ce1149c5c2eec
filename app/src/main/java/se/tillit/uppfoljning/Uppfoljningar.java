package se.tillit.uppfoljning;

import java.time.LocalDate;
import java.util.UUID;

public interface Uppfoljningar {

    /** Plans the next follow-up of a decision; returns its id. */
    UUID planera(UUID beslutId, LocalDate planerad, String av);

    /** @param resultat FORTSATT, NYTT_BESLUT or AVSLUT */
    void genomfor(UUID uppfoljningId, LocalDate genomford, String resultat, String anteckning);
}
