package se.tillit.sip;

import java.util.UUID;

public record PlanUppfoljd(UUID sipId, Uppfoljningsresultat resultat) {}
