package se.tillit.tabell;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The engine's side of the decision tables: the deployed versions, and the deployment of a checked file. */
public interface Tabellmotor {

    /** Every deployed version of every decision, in no particular order. */
    List<Tabellversion> versioner();

    /**
     * Checks the file as {@link #driftsatt} does, without deploying it.
     *
     * @return the key of the file's one decision
     * @throws TabellAvvisad with every problem found
     */
    String kontrollera(byte[] dmn);

    /**
     * Checks the file (size, XML, DMN, history TTL, a known decision key, no overlapping rows) and, only if
     * nothing was found, deploys it as a new version of its decision. Joins the caller's transaction.
     *
     * @throws TabellAvvisad with every problem found; nothing has been deployed
     */
    NyVersion driftsatt(byte[] dmn);

    /** A deployed version: what the page and the log need of it. */
    @Schema(example = "{\"beslutsnyckel\":\"kommuniceringsfrist\",\"deploymentId\":\"1f2e3d4c-5b6a-4978-8a1b-2c3d4e5f6a7b\",\"version\":4}")
    record NyVersion(String beslutsnyckel, int version, String deploymentId) {
    }
}
