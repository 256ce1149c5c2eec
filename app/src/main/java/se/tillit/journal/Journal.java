package se.tillit.journal;

import java.util.List;
import java.util.UUID;

/**
 * The notes of a case's journal, for pages of other modules (the case page). Neither checks who asks nor logs the
 * read: the caller does both, as for every read of a case.
 */
public interface Journal {

    /** Every note of the case, the latest event first (then the latest signed); each with what corrects it. */
    List<Journalanteckning> forArende(UUID arendeId);

    /** The case's {@code antal} latest notes, in the order of {@link #forArende(UUID)}. */
    List<Journalanteckning> senaste(UUID arendeId, int antal);

    /**
     * Per case, the latest day of its journal: the later of a note's event day and the day it was signed. The last entry
     * of a person's file counts from it (SoL 16 kap. 1 §, issue 18). A case without notes is left out.
     */
    java.util.Map<UUID, java.time.LocalDate> senasteAnteckning(java.util.Collection<UUID> arendeIds);

    /**
     * An attachment's bytes exactly as stored (their type is {@link Journalbilaga#innehallstyp()}), for a module that
     * hands on the whole file: the delivery to the e-archive (issue 18). Empty when there is no such attachment. The
     * caller checks who asks and logs the read, as for every other read here.
     */
    java.util.Optional<byte[]> bilagansInnehall(UUID bilagaId);
}
