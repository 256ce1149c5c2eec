package se.tillit.tabell;

import java.util.List;

/**
 * One thing wrong with an uploaded DMN file. The text is the message {@code tabell.problem.<typ>} with the
 * details as its arguments {0}, {1}, ... (decision, row, input, the entries themselves).
 */
public record Tabellproblem(Typ typ, List<String> detaljer) {

    public Tabellproblem {
        detaljer = List.copyOf(detaljer);
    }

    public static Tabellproblem av(Typ typ, String... detaljer) {
        return new Tabellproblem(typ, List.of(detaljer));
    }

    public enum Typ {
        /** no file, or an empty one */
        TOM,
        /** over the size limit: {0} bytes, limit {1} */
        FOR_STOR,
        /** a DOCTYPE (entities, external references): refused before any DMN parser sees it */
        DOCTYPE,
        /** not well-formed XML: line {0}, column {1}, the parser's message {2} */
        XML_FEL,
        /** not DMN the engine can read: its message {0} */
        DMN_FEL,
        /** not exactly one decision: {0} found, ids {1} */
        ETT_BESLUT,
        /** the decision {0} has no camunda:historyTimeToLive */
        HISTORY_TTL_SAKNAS,
        /** the decision key {0} is not one of the deployed tables {1} */
        OKAND_NYCKEL,
        /** decision {0}, row {1} ({2}), input {3}: the entry {4} is beyond the overlap check */
        KAN_INTE_KONTROLLERAS,
        /** decision {0}: rows {1} ({2}) and {3} ({4}) can match the same input; the entries {5} */
        OVERLAPP,
        /** element {0} (id {1}) names the expression language {2}, or is a script: only FEEL is accepted */
        EJ_FEEL,
        /** a change of the legal deadline table {0} by {1} already waits for a second administrator's approval */
        ANDRING_VANTAR,
        /** passed the checks, but the engine refused to deploy it: its message {0} */
        MOTORN_AVVISADE
    }
}
