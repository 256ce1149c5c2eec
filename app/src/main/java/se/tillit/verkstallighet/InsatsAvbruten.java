package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.UUID;

public record InsatsAvbruten(UUID beslutId, LocalDate fran) {}
