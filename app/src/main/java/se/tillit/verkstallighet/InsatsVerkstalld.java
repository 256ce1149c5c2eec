package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.UUID;

public record InsatsVerkstalld(UUID beslutId, LocalDate verkstalld) {}
