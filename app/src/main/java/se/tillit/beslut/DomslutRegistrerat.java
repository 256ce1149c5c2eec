package se.tillit.beslut;

import java.util.UUID;

public record DomslutRegistrerat(UUID beslutId, UUID overklagandeId, String utfall) {}
