package se.tillit.arende;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the recording transaction; the förhandsbedömning's deadline and timers move with it. */
public record ForhandsbedomningForlangd(UUID aktualiseringId, LocalDate nyFrist) {}
