package se.tillit.notifiering;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The e-mails sent about a case, without their content, for the auditor. */
public interface Utskickshistorik {

    record Utskick(OffsetDateTime skickad, String mottagare, String slag) {}

    List<Utskick> forArende(UUID arendeId);
}
