package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/** An appeal received in time: omprövning, then forwarding to the court (FL 39, 46 §§). */
public record OverklagandeInkommit(UUID beslutId, UUID overklagandeId, LocalDate inkom) {}
