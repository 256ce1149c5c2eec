package se.tillit.utredning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * @param frist the current deadline (moved by each förlängning), null until computed
 * @param fristKalla LAG or LOKALT_MAL
 */
public record Utredning(UUID id, UUID arendeId, LocalDate inledd, LocalDate frist, String fristKalla,
        boolean forlangningMojlig, LocalDate avslutad) {
}
