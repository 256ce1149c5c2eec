package se.tillit.barn;

import java.time.LocalDate;
import java.util.UUID;

/** A reporter asked for information; the motor module starts processes/anmalarinformation.bpmn from it. */
public record AnmalarinformationBegard(UUID begaranId, UUID arendeId, String arendenummer, String enhet,
        LocalDate fristStart, boolean senBegaran) {
}
