package se.tillit.barn;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reporter asked for information; the motor module starts processes/anmalarinformation.bpmn from it.
 *
 * @param fristStart the day the clock runs from, or null: the decision is not taken yet, and the process waits for
 *        {@link AnmalarinformationsfristStartad}
 * @param senBegaran due at once (a late request, or an investigation already running)
 */
public record AnmalarinformationBegard(
        UUID begaranId, UUID arendeId, String arendenummer, String enhet, LocalDate fristStart, boolean senBegaran) {}
