package se.tillit.utredning;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

public interface Utredningar {

    /** Opens the investigation of a case; returns its id. */
    UUID inled(UUID arendeId, LocalDate inledd, String av);

    /**
     * C4: the time a child investigation may take is counted per person and question across closed and
     * reopened investigations. Returns the days used by the person's earlier investigations of the same
     * case type that closed within 365 days before {@code inledd} (the same window as R14).
     */
    int anvandaDagar(UUID arendeId, LocalDate inledd);

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

    java.util.List<Utredning> forArende(UUID arendeId);

    java.util.List<Forlangning> forlangningar(UUID utredningId);
}
