package se.tillit.uppgift;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A document of the case: the form a handläggare completed for a task, with each field's label and the value
 * as the user saw it (an option's label, not its code).
 */
public record Handling(String rubrik, String upprattadAv, OffsetDateTime upprattad, List<Rad> innehall) {

    public record Rad(String etikett, String varde) {}
}
