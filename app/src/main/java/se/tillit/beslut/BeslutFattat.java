package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the deciding transaction; the motor module starts the decision's process from it. */
public record BeslutFattat(
        UUID beslutId,
        UUID arendeId,
        String arendenummer,
        String enhet,
        Beslutsutfall utfall,
        LocalDate beslutsdatum,
        LocalDate giltigTom,
        String utforare,
        NyttBeslut.Utforartyp utforartyp,
        LocalDate onskadStart) {}
