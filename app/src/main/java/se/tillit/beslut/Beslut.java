package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

public record Beslut(UUID id, UUID arendeId, String insatstyp, Beslutsutfall utfall, Lagrum lagrum, String omfattning,
        Integer niva, LocalDate giltigFrom, LocalDate giltigTom, String beslutsfattare, String delegationspunkt,
        LocalDate beslutsdatum, LocalDate delgivningsdatum, LocalDate overklagandefrist, LocalDate lagaKraft) {
}
