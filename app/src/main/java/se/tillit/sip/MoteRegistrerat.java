package se.tillit.sip;

import java.time.LocalDate;
import java.util.UUID;

/** @param nastaMote the next meeting's date when {@code flerMoten}, else null */
public record MoteRegistrerat(UUID sipId, boolean flerMoten, LocalDate nastaMote) {}
