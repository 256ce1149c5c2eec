package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/** A placement was reviewed (22 kap. 13 §); the next review is due six months after {@code datum}. */
public record PlaceringOvervagd(UUID placeringId, LocalDate datum) {}
