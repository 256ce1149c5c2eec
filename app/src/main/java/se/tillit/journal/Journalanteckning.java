package se.tillit.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A signed note of a case's journal, as written: never changed afterwards.
 *
 * @param handelsedatum when the event happened (the note may be written later)
 * @param forfattare the author's user name; {@code forfattarnamn} their name
 * @param rattar the note this one corrects, or null
 * @param rattadAv the newer notes that correct this one, oldest first (empty: in force as written)
 */
public record Journalanteckning(
        UUID id,
        UUID arendeId,
        LocalDate handelsedatum,
        Anteckningsslag slag,
        String text,
        String forfattare,
        String forfattarnamn,
        OffsetDateTime signerad,
        UUID rattar,
        List<UUID> rattadAv,
        List<Journalbilaga> bilagor) {

    public Journalanteckning {
        rattadAv = List.copyOf(rattadAv);
        bilagor = List.copyOf(bilagor);
    }

    public boolean rattad() {
        return !rattadAv.isEmpty();
    }
}
