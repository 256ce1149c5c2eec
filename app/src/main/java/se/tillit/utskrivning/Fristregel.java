package se.tillit.utskrivning;

/** The free days after the notice of utskrivningsklar was sent, before the municipality pays (table betalningsansvar). */
public record Fristregel(int fristdagar, Dagtyp dagtyp) {}
