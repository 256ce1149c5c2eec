package se.tillit.uppfoljning;

import java.util.UUID;

/** Published in the reporting transaction; the process completes its follow-up task with it. */
public record UppfoljningRapporterad(UUID beslutId, String resultat, String anteckning) {}
