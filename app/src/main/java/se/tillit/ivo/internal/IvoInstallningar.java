package se.tillit.ivo.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillit.ivo}: IVO's reporting window per quarter and when a record is flagged for särskild avgift.
 *
 * @param rapportfonster q1–q4: the first and last day (MM-DD) of IVO's window for the quarter's report; a window
 *        whose days come before the quarter's end lies in the following year (Q4's January)
 * @param sarskildAvgiftFlaggaManader months after the decision or avbrott from which an open record is flagged as
 *        approaching the two years within which IVO applies for särskild avgift (34 kap. 10 §, C9)
 */
@ConfigurationProperties("tillit.ivo")
record IvoInstallningar(Map<String, Fonster> rapportfonster, Integer sarskildAvgiftFlaggaManader) {

    record Fonster(String fran, String till) {}
}
