package se.tillit.sip;

import java.time.OffsetDateTime;

/** The region's part of the plan as the region reported it while the plan was drawn up. */
public record RegionensDel(String insatser, String rapporteradAv, OffsetDateTime rapporterad) {}
