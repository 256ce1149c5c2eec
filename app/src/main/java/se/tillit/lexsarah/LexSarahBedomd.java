package se.tillit.lexsarah;

import java.util.UUID;

/** The report was assessed (C25 {@code LexSarahBedomdAllvarlig} when {@code allvarligt}): the process's gateway flag. */
public record LexSarahBedomd(UUID rapportId, boolean allvarligt, String av) {}
