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

    /**
     * Records the investigation ended, once: by the process when its task Utreda is done.
     *
     * @param av who completed Utreda (the handläggare who signed), or the engine ({@code system:...})
     */
    void avsluta(UUID utredningId, LocalDate avslutad, String av);

    Optional<Utredning> hitta(UUID utredningId);

    java.util.List<Utredning> forArende(UUID arendeId);

    java.util.List<Forlangning> forlangningar(UUID utredningId);

    /**
     * The proposal per applied insats, for the decision: the signed version's, or the latest draft's while the
     * investigation is not signed; empty when nothing is written.
     */
    java.util.List<Forslag> forslag(UUID utredningId);

    /** The investigation as signed, for the case page and the decision; empty until it is signed. */
    Optional<Utredningstext> signerad(UUID utredningId);

    /** The latest saved version, signed or draft. */
    Optional<Utredningstext> senaste(UUID utredningId);

    /** The investigation's kommuniceringar (FL 25 §) with their replies, oldest first. */
    java.util.List<Kommunicering> kommuniceringar(UUID utredningId);

    /** The process records the reply deadline it computed for a kommunicering (table kommuniceringsfrist). */
    void sattKommuniceringsfrist(UUID kommuniceringId, LocalDate svarsfrist);
}
