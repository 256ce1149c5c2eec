package se.tillit.utredning;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

public interface Utredningar {

    /** Opens the investigation of a case; returns its id. */
    UUID inled(UUID arendeId, LocalDate inledd, String av);

    void sattFrist(UUID utredningId, LocalDate frist, String kalla, boolean forlangningMojlig);

    /**
     * Records a förlängningsbeslut by the logged-in CHEF of the case's unit and moves the deadline (C4).
     *
     * @throws se.tillit.fel.Valideringsfel when the investigation cannot be extended or the new deadline
     *         is not later than the current one
     */
    Utredning forlang(UUID utredningId, Forlangningsbeslut beslut);

    void avsluta(UUID utredningId, LocalDate avslutad);

    Optional<Utredning> hitta(UUID utredningId);
}
