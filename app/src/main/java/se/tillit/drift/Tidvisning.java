package se.tillit.drift;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import lombok.RequiredArgsConstructor;

/**
 * {@code #tid} in the templates: the one way a page writes a date or a time. An instant ({@link OffsetDateTime} in any
 * offset, {@link ZonedDateTime}, {@link Instant}, {@link Date}) is written in Swedish time ({@link Svensktid#ZON}),
 * whatever offset it came with; a {@link LocalDate} or {@link LocalTime} is written as it is. A {@link LocalDateTime} is
 * refused: without a zone it cannot be told whether it is Swedish time already, and one from the database would be UTC.
 * Null writes nothing. {@code SvenskTidIMallarnaTest} keeps Thymeleaf's {@code #temporals} out of the templates.
 *
 * <pre>{@code th:text="${#tid.visa(brev.skapad())}"   2026-01-16 00:30}</pre>
 */
@RequiredArgsConstructor
public final class Tidvisning {

    private static final DateTimeFormatter VISA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SEKUNDER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter KLOCKSLAG = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Locale sprak;

    /** Date and time to the minute: 2026-01-16 00:30. */
    public String visa(Object tid) {
        return skriv(tid, VISA);
    }

    /** Date and time to the second: 2026-01-16 00:30:05. */
    public String sekunder(Object tid) {
        return skriv(tid, SEKUNDER);
    }

    /** The day: 2026-01-16 (an instant's Swedish day). */
    public String datum(Object tid) {
        return skriv(tid, DATUM);
    }

    /** The time of day to the second: 00:30:05. */
    public String klockslag(Object tid) {
        return skriv(tid, KLOCKSLAG);
    }

    /** Any pattern of {@link DateTimeFormatter}, in the page's language (weekday and month names). */
    public String format(Object tid, String monster) {
        return skriv(tid, DateTimeFormatter.ofPattern(monster, sprak));
    }

    private static String skriv(Object tid, DateTimeFormatter format) {
        return tid == null ? null : format.format(svensk(tid));
    }

    /** An instant as a Swedish clock reads it; a date or a time of day as it is. */
    static TemporalAccessor svensk(Object tid) {
        if (tid instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(Svensktid.ZON);
        }
        if (tid instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(Svensktid.ZON);
        }
        if (tid instanceof Instant t) {
            return t.atZone(Svensktid.ZON);
        }
        if (tid instanceof java.sql.Date t) {
            return t.toLocalDate();
        }
        if (tid instanceof Date t) {
            return t.toInstant().atZone(Svensktid.ZON);
        }
        if (tid instanceof LocalDate || tid instanceof LocalTime) {
            return (TemporalAccessor) tid;
        }
        if (tid instanceof LocalDateTime) {
            throw new IllegalArgumentException(
                    "#tid: a LocalDateTime has no zone; give the instant (OffsetDateTime, Instant)"
                            + " and the page writes it in Swedish time");
        }
        throw new IllegalArgumentException(
                "#tid: not a date or time: " + tid.getClass().getName());
    }
}
