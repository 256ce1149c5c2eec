package se.tillit.tabell;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/** The engine's side of the decision tables: the deployed versions, and the deployment of a checked file. */
public interface Tabellmotor {

    /** Every deployed version of every decision, in no particular order. */
    List<Tabellversion> versioner();

    /** The keys of the deployed decisions (their latest versions, no tenant): an upload may only replace one of them. */
    Set<String> beslutsnycklar();

    /**
     * Deploys a file as a new version of its decision. The caller has checked it first (size, XML, DMN, history TTL, a
     * known decision key, no overlapping rows: {@code DmnKontroll} in this module). Joins the caller's transaction.
     *
     * @param beslutsnyckel the key of the file's one decision, as the check found it
     * @throws TabellAvvisad with {@link Tabellproblem.Typ#MOTORN_AVVISADE} when the engine refuses it; nothing has been
     *         deployed
     */
    NyVersion driftsatt(String beslutsnyckel, byte[] dmn);

    /** A deployed version: what the page and the log need of it. */
    @Schema(
            example =
                    "{\"beslutsnyckel\":\"kommuniceringsfrist\",\"deploymentId\":\"1f2e3d4c-5b6a-4978-8a1b-2c3d4e5f6a7b\",\"version\":4}")
    record NyVersion(String beslutsnyckel, int version, String deploymentId) {}
}
