package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.UUID;

public record InsatsAterupptagen(UUID beslutId, LocalDate datum) {}
