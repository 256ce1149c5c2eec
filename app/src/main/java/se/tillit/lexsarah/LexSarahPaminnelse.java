package se.tillit.lexsarah;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A step of a lex Sarah report nears its target: the lex Sarah-ansvariga of the unit and of the committee are
 * reminded (by e-mail, from the notifiering module). Published by the process's reminder timers.
 *
 * @param bevakning the step: UTREDNING, BEDOMNING, IVO_ANMALAN or ATGARDER (table lexsarahfrist)
 */
public record LexSarahPaminnelse(UUID rapportId, String bevakning, String enhet, String namnd) {

    /** The same reminder of the same step is the same event: at most one e-mail per recipient. */
    public UUID handelseId() {
        return UUID.nameUUIDFromBytes(
                ("lexsarah-paminnelse:" + rapportId + ":" + bevakning).getBytes(StandardCharsets.UTF_8));
    }
}
