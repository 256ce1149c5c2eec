package se.tillit.sip;

import java.time.LocalDate;
import java.util.UUID;

public record KallelseRegistrerad(UUID sipId, LocalDate motesdatum) {}
