package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published in the transaction that records a step of an individuell plan; the motor module starts the plan's process
 * (BEGARD), completes the task that waits for the step (UPPRATTAD, OMPROVAD) or ends the process (AVSLUTAD).
 */
public record IndividuellPlanSteg(
        UUID planId, UUID beslutId, UUID arendeId, String arendenummer, String enhet, Steg steg, LocalDate datum) {

    public enum Steg {
        BEGARD,
        UPPRATTAD,
        OMPROVAD,
        AVSLUTAD
    }
}
