package se.tillit.arende;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an aktualisering led to was recorded (R01, R02), published in the recording transaction; for a child's
 * anmälan it is the decision to open an investigation or not (20 kap. 2 §), from which the reporter's week runs
 * (19 kap. 6 §, issue 17).
 *
 * @param datum the day of the decision, Swedish time
 */
public record AktualiseringBedomd(UUID aktualiseringId, UUID arendeId, Utfall utfall, LocalDate datum) {}
