package se.tillit.barn;

import java.time.LocalDate;
import java.util.UUID;

/** A child's follow-up is due within six months of {@code start}; the motor module starts barnuppfoljning.bpmn. */
public record BarnuppfoljningStartad(
        UUID uppfoljningId,
        UUID arendeId,
        String arendenummer,
        String enhet,
        Uppfoljningsgrund grund,
        LocalDate start) {}
