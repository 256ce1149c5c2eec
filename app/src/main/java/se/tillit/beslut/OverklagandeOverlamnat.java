package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/** The appeal was forwarded to the förvaltningsrätt (FL 46 §); completes the forwarding task. */
public record OverklagandeOverlamnat(UUID beslutId, UUID overklagandeId, LocalDate overlamnat) {}
