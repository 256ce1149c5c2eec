package se.tillit.utskrivning;

import java.util.UUID;

public record SipKallelseRegistrerad(UUID utskrivningId) {}
