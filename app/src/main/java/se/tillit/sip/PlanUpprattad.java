package se.tillit.sip;

import java.time.LocalDate;
import java.util.UUID;

/** A plan (or a revised version) was drawn up; the process follows it up on {@code uppfoljning}. */
public record PlanUpprattad(UUID sipId, LocalDate uppfoljning) {}
