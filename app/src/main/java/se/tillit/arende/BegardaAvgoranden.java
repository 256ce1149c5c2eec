package se.tillit.arende;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests for a decision under förvaltningslagen 12 §, registered and answered by the case's unit. */
public interface BegardaAvgoranden {

    /** Six months after the case began a party may ask for a decision (FL 12 § första stycket). */
    int MANADER = 6;

    /**
     * Registers a written request that came in on {@code inkom}, by a handläggare or chef of the case's unit, and starts
     * its four weeks (process begaranOmAvgorande).
     *
     * @throws se.tillit.fel.Valideringsfel when the case is closed, younger than six months on that day, or already has
     *         an unanswered request
     */
    BegaranOmAvgorande registrera(UUID arendeId, LocalDate inkom);

    /**
     * Records the answer to the case's unanswered request, by a handläggare of the unit: the case decided, or the request
     * refused with the reasons; completes the request's task.
     */
    BegaranOmAvgorande besvara(UUID arendeId, Svar svar);

    /** The case's requests, oldest first. Not checked: the caller shows them to a reader of the case. */
    List<BegaranOmAvgorande> forArende(UUID arendeId);

    /** The first day on which a request about this case is allowed (the case's start plus six months). */
    LocalDate tillatenFran(Arende arende);

    /** @param skal required for AVSLAGEN: why the case could not yet be decided */
    record Svar(BegaranOmAvgorande.Utfall utfall, LocalDate datum, String skal) {}
}
