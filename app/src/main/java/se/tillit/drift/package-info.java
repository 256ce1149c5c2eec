/**
 * Running the application: the embedded PostgreSQL used when no database server is configured, the masking that keeps
 * personnummer out of the logs, the clock and the Swedish time zone ({@link se.tillit.drift.Svensktid}, {@code #tid} in
 * the templates), safe CSV cells, PDF/A from a print template, and the OpenAPI document's settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drift")
package se.tillit.drift;
