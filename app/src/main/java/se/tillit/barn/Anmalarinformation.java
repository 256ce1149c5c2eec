package se.tillit.barn;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reporter's request for information about the decision to open an investigation or not (19 kap. 6 §).
 *
 * @param senBegaran to be answered at once: asked more than a week after the decision, or while an investigation was
 *        already running
 * @param fristStart the day the clock runs from: the decision's day, or the request's (a late request, an investigation
 *        running); null while the decision is not taken (the week then runs from the decision, law-and-peers.md C1 item 3)
 * @param lamnad the day the information was given, null until then
 */
public record Anmalarinformation(
        UUID id,
        UUID arendeId,
        UUID aktualiseringId,
        LocalDate begaranInkom,
        boolean senBegaran,
        LocalDate fristStart,
        LocalDate lamnad,
        Informationssatt satt,
        String registreradAv,
        String lamnadAv) {

    /** The last day the law allows: a week after the decision, or the day of a late request; null before the decision. */
    public LocalDate frist() {
        if (fristStart == null) {
            return null;
        }
        return senBegaran ? fristStart : fristStart.plusDays(7);
    }

    /** Asked before the decision to open an investigation or not: no clock runs until it is taken. */
    public boolean vantarPaBeslut() {
        return fristStart == null;
    }
}
