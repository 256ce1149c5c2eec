package se.tillit.bevakning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline is near: the responsible handläggare is to be reminded (by e-mail from the notifiering
 * module, issue 3/7). Published by the processes' reminder timers.
 *
 * @param bevakning what the deadline is for: UTREDNING, FORHANDSBEDOMNING, ...
 */
public record FristPaminnelse(UUID arendeId, String bevakning, LocalDate frist) {

    /** The same reminder of the same deadline is the same event: at most one e-mail per recipient. */
    public UUID handelseId() {
        return UUID.nameUUIDFromBytes(("paminnelse:" + arendeId + ":" + bevakning + ":" + frist)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
