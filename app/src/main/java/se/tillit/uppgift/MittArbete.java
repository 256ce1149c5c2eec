package se.tillit.uppgift;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The user's own work for the start page: their tasks overdue and due within seven days (the first few of each, by
 * deadline, with the full counts), and the unassigned tasks of the units and roles they hold. Read with the task lists'
 * rules: only the user's units and roles, a protected identity masked unless the user may see it (A7).
 */
public record MittArbete(
        List<Rad> forsenade, long antalForsenade, List<Rad> inomSjuDagar, long antalInomSjuDagar, long otilldelade) {

    /**
     * One of the user's tasks.
     *
     * @param arendeId and {@code arendenummer}: null for a task outside any case (a SIP without a case); a lex Sarah
     *        report's task has {@code lexsarahId} and the report's number instead
     * @param person the person's name, null when masked or unknown
     * @param dagarKvar days left, negative when overdue, counted as the deadline's rule counts them
     */
    public record Rad(
            String taskId,
            String namn,
            UUID arendeId,
            String arendenummer,
            String arendetyp,
            String person,
            String personnummer,
            boolean maskerad,
            UUID lexsarahId,
            OffsetDateTime forfaller,
            String fristdag,
            Integer dagarKvar,
            String dagberakning,
            UUID personId) {

        public boolean forsenad() {
            return dagarKvar != null && dagarKvar < 0;
        }
    }
}
