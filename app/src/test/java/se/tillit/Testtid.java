package se.tillit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import se.tillit.drift.Svensktid;

/**
 * When a test's case came in: a while ago, but today in Swedish time. Just after Swedish midnight "an hour ago" is
 * yesterday, and a case that came in yesterday has deadlines that ran out at midnight: its skyddsbedömning is overdue
 * and the escalation timer fires while the test completes the task (the suite failed that way after 23:00 UTC).
 */
public final class Testtid {

    private Testtid() {}

    /** {@code sedan} before now, and no earlier than the first second of the Swedish day; whole seconds. */
    public static OffsetDateTime idagFore(Duration sedan) {
        ZonedDateTime nu = ZonedDateTime.now(Svensktid.ZON);
        ZonedDateTime dagensBorjan =
                nu.toLocalDate().atStartOfDay(Svensktid.ZON).plusSeconds(1);
        ZonedDateTime tid = nu.minus(sedan);
        if (tid.isBefore(dagensBorjan)) {
            tid = dagensBorjan.isAfter(nu) ? nu : dagensBorjan;
        }
        return tid.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
    }
}
