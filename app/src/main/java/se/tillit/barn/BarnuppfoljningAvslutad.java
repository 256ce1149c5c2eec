package se.tillit.barn;

import java.util.UUID;

/** A child's follow-up ended (made, or not for this child): the process's task is done. */
public record BarnuppfoljningAvslutad(UUID uppfoljningId, Uppfoljningsutfall utfall) {}
