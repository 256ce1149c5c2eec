package se.tillit.uppfoljning;

import java.time.LocalDate;

public record Uppfoljning(LocalDate planerad, LocalDate genomford, String resultat) {
}
