package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.UUID;

/** Whether the user attended the daily activity on a day (R26), as recorded by the provider. */
public record Narvarodag(UUID beslutId, LocalDate dag, boolean narvarande) {}
