/**
 * Running the application: the embedded PostgreSQL used when no database server is configured,
 * and the masking that keeps personnummer out of the logs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drift")
package se.tillit.drift;
