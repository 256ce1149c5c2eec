package se.tillit.beslut;

import java.util.UUID;

/** The new decision the court's judgment called for has been taken and linked to the appeal; completes the task for it. */
public record BeslutEnligtDomFattat(UUID beslutId, UUID overklagandeId, UUID nyttBeslutId) {}
