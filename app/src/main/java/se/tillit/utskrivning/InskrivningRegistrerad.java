package se.tillit.utskrivning;

import java.util.UUID;

/** A new hospital stay: its planning process starts (motor). */
public record InskrivningRegistrerad(UUID utskrivningId, UUID arendeId, String arendenummer, String enhet) {}
