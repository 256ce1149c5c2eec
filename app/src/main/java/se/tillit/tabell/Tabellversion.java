package se.tillit.tabell;

import java.time.OffsetDateTime;

/**
 * One deployed version of a decision table, as the engine knows it.
 *
 * @param ursprung how it came to the engine: deployed at start from the application's own files, by an
 *        administrator on the page or the API of this module, or some other way (Cockpit, the REST API)
 */
public record Tabellversion(
        String beslutsnyckel,
        String namn,
        int version,
        String deploymentId,
        OffsetDateTime driftsatt,
        Ursprung ursprung) {

    public enum Ursprung {
        VID_START,
        ADMINISTRATOR,
        ANNAT
    }
}
