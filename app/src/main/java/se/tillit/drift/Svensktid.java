package se.tillit.drift;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The municipality's time zone, declared once. The database and the engine keep instants (pgjdbc gives a
 * {@code timestamptz} in UTC); whatever a person reads, and whatever day a moment falls on, is in this zone. Pages write
 * times through {@code #tid} ({@link Tidvisning}), which converts to it.
 */
public final class Svensktid {

    /** The zone's name, for annotations that take a constant (a scheduled job's {@code zone}). */
    public static final String NAMN = "Europe/Stockholm";

    public static final ZoneId ZON = ZoneId.of(NAMN);

    private Svensktid() {}

    /** The same instant as a Swedish clock reads it; null stays null. */
    public static OffsetDateTime svensk(OffsetDateTime tid) {
        return tid == null ? null : tid.atZoneSameInstant(ZON).toOffsetDateTime();
    }

    /** The Swedish day of an instant; null stays null. */
    public static LocalDate dag(OffsetDateTime tid) {
        return tid == null ? null : tid.atZoneSameInstant(ZON).toLocalDate();
    }
}
