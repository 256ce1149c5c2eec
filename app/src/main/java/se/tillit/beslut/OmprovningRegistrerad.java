package se.tillit.beslut;

import java.util.UUID;

/** The appealed decision was reconsidered (FL 39 §); published in the recording transaction, it completes the omprövning task. */
public record OmprovningRegistrerad(UUID beslutId, UUID overklagandeId, Omprovningsutfall utfall) {}
