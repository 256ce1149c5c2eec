package se.tillit.beslut;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The avslut of an insats: the decision ends on a day, for a reason from a fixed list. */
public interface Insatsavslutningar {

    /**
     * A handläggare of the case's unit records that the decision's insats ended: its verkställighet and uppföljning
     * end and the provider's order ends with the reason ({@link InsatsAvslutad}).
     *
     * @throws se.tillit.fel.Valideringsfel when the insats has already ended, the decision is an avslag, or the day is
     *         before the decision or in the future; nothing is saved
     */
    Insatsavslut avsluta(UUID beslutId, LocalDate datum, Insatsslut orsak);

    /** The decision's avslut, if its insats has ended. Not checked: the caller shows it to a reader of the case. */
    Optional<Insatsavslut> avslut(UUID beslutId);
}
