package se.tillit.barn;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reporter's request for information about the decision to open an investigation or not (19 kap. 6 §).
 *
 * @param senBegaran asked more than a week after the decision: to be answered at once
 * @param fristStart the day the week runs from: the decision's day, or the request's (no decision yet, or a late request)
 * @param lamnad the day the information was given, null until then
 */
public record Anmalarinformation(UUID id, UUID arendeId, UUID aktualiseringId, LocalDate begaranInkom, boolean senBegaran,
        LocalDate fristStart, LocalDate lamnad, Informationssatt satt, String registreradAv, String lamnadAv) {

    /** The last day the law allows: a week after the decision, or the day of a late request. */
    public LocalDate frist() {
        return senBegaran ? fristStart : fristStart.plusDays(7);
    }
}
