package se.tillit.barn;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request that came before the decision to open an investigation or not gets its week now, counted from the
 * decision's day (19 kap. 6 §; law-and-peers.md C1 item 3); the motor module lets its process go on to the task.
 */
public record AnmalarinformationsfristStartad(UUID begaranId, LocalDate fristStart) {}
