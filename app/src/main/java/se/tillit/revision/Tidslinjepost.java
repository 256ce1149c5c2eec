package se.tillit.revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.tillit.drift.Svensktid;

/**
 * An entry of a case's timeline for the auditor, and where it sorts: what the engine, the records and the access log
 * each contribute ({@link Revisionsunderlag}), merged by {@code ordning}.
 */
public record Tidslinjepost(Instant ordning, Handelse handelse) {

    /**
     * One entry of the timeline: at a moment ({@code tid}, in Swedish time), or on a day ({@code datum}) for what the
     * records keep as a day only (a decision's date, the day an insats started); never both.
     *
     * @param vem who, in words: a user name, the system, or that no one is recorded
     */
    public record Handelse(OffsetDateTime tid, LocalDate datum, String vem, String vad, String detalj) {}

    /** Something that happened at a moment, shown in Swedish time. */
    public static Tidslinjepost vid(OffsetDateTime tid, String vem, String vad, String detalj) {
        return new Tidslinjepost(
                tid == null ? Instant.MIN : tid.toInstant(),
                new Handelse(Svensktid.svensk(tid), null, vem, vad, detalj));
    }

    /**
     * Something the records keep as a day (a decision's date, the day an insats started), shown as the day. It sorts at
     * the moment it was registered when that was on the day; otherwise (registered later, or when is not recorded) after
     * everything else of the day, never before the case was opened on it.
     */
    public static Tidslinjepost pa(LocalDate datum, OffsetDateTime registrerad, String vem, String vad, String detalj) {
        Instant ordning = registrerad != null && datum.equals(Svensktid.dag(registrerad))
                ? registrerad.toInstant()
                : datum.plusDays(1).atStartOfDay(Svensktid.ZON).toInstant().minusNanos(1);
        return new Tidslinjepost(ordning, new Handelse(null, datum, vem, vad, detalj));
    }
}
