package se.tillit.bevakning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline is near: the responsible handläggare is to be reminded (by e-mail from the notifiering
 * module, issue 3/7). Published by the processes' reminder timers.
 *
 * @param arendeId the case, or null for a deadline that belongs to no case (a SIP outside any case)
 * @param bevakning what the deadline is for: UTREDNING, FORHANDSBEDOMNING, SIP_KALLELSE, ...
 * @param enhet the unit whose handläggare are reminded, or null: the case's unit
 * @param objektId what the deadline is on when it is not the case itself (a SIP), or null
 * @param uppgiftId the engine's task the deadline is on, when the process names it (a child's clocks, issue 17): the
 *        reminder goes to whoever has that task; null: the case's task of the bevakning's kind
 */
public record FristPaminnelse(
        UUID arendeId, String bevakning, LocalDate frist, String enhet, UUID objektId, String uppgiftId) {

    public FristPaminnelse(UUID arendeId, String bevakning, LocalDate frist) {
        this(arendeId, bevakning, frist, null, null, null);
    }

    public FristPaminnelse(UUID arendeId, String bevakning, LocalDate frist, String enhet, UUID objektId) {
        this(arendeId, bevakning, frist, enhet, objektId, null);
    }

    /**
     * The same reminder of the same deadline is the same event: at most one e-mail per recipient. Two clocks of one kind
     * in one case with the same last day (two reporters' requests) are two events when their tasks are named.
     */
    public UUID handelseId() {
        Object pa = objektId != null ? objektId : uppgiftId != null ? uppgiftId : arendeId;
        return UUID.nameUUIDFromBytes(
                ("paminnelse:" + pa + ":" + bevakning + ":" + frist).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
