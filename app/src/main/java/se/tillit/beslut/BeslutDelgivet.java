package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

public record BeslutDelgivet(UUID beslutId, LocalDate delgivningsdatum) {}
