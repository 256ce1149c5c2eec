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
 */
public record FristPaminnelse(UUID arendeId, String bevakning, LocalDate frist, String enhet, UUID objektId) {

    public FristPaminnelse(UUID arendeId, String bevakning, LocalDate frist) {
        this(arendeId, bevakning, frist, null, null);
    }

    /** The same reminder of the same deadline is the same event: at most one e-mail per recipient. */
    public UUID handelseId() {
        return UUID.nameUUIDFromBytes(("paminnelse:" + (objektId != null ? objektId : arendeId) + ":" + bevakning + ":" + frist)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
