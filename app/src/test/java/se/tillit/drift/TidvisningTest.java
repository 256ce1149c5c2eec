package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** #tid: an instant in any offset is written in Swedish time, a date as it is, a zone-less date-time not at all. */
class TidvisningTest {

    /** 23:30 UTC on a winter evening is half past midnight the next day in Sweden (CET, +01:00). */
    static final OffsetDateTime VINTERKVALL_UTC = OffsetDateTime.of(2026, 1, 15, 23, 30, 5, 0, ZoneOffset.UTC);
    /** 22:30 UTC on a summer evening is half past midnight too (CEST, +02:00). */
    static final OffsetDateTime SOMMARKVALL_UTC = OffsetDateTime.of(2026, 7, 15, 22, 30, 5, 0, ZoneOffset.UTC);

    final Tidvisning tid = new Tidvisning(Locale.forLanguageTag("sv-SE"));

    @Test
    void anInstantFromTheDatabaseInUtcIsWrittenInSwedishTimeOnTheSwedishDay() {
        assertThat(tid.visa(VINTERKVALL_UTC)).isEqualTo("2026-01-16 00:30");
        assertThat(tid.sekunder(VINTERKVALL_UTC)).isEqualTo("2026-01-16 00:30:05");
        assertThat(tid.datum(VINTERKVALL_UTC)).isEqualTo("2026-01-16");
        assertThat(tid.klockslag(VINTERKVALL_UTC)).isEqualTo("00:30:05");
        assertThat(tid.visa(SOMMARKVALL_UTC)).isEqualTo("2026-07-16 00:30");
    }

    @Test
    void everyKindOfInstantGivesTheSameText() {
        Instant ogonblick = VINTERKVALL_UTC.toInstant();
        assertThat(tid.visa(ogonblick)).isEqualTo("2026-01-16 00:30");
        assertThat(tid.visa(Date.from(ogonblick))).isEqualTo("2026-01-16 00:30");
        assertThat(tid.visa(ogonblick.atZone(ZoneOffset.ofHours(-5)))).isEqualTo("2026-01-16 00:30");
        assertThat(tid.visa(Svensktid.svensk(VINTERKVALL_UTC)))
                .as("already Swedish: unchanged")
                .isEqualTo("2026-01-16 00:30");
    }

    @Test
    void aDateAndATimeOfDayAreWrittenAsTheyAre() {
        assertThat(tid.datum(LocalDate.of(2026, 1, 15))).isEqualTo("2026-01-15");
        assertThat(tid.klockslag(LocalTime.of(23, 30, 5))).isEqualTo("23:30:05");
        assertThat(tid.format(LocalDate.of(2026, 6, 1), "EEE d/M")).isEqualTo("mån 1/6");
        assertThat(tid.visa(null)).isNull();
    }

    @Test
    void aDateTimeWithoutAZoneIsRefusedForItCouldBeUtc() {
        assertThatThrownBy(() -> tid.visa(LocalDateTime.of(2026, 1, 15, 23, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LocalDateTime");
    }

    @Test
    void theSwedishDayOfAnInstant() {
        assertThat(Svensktid.dag(VINTERKVALL_UTC)).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(Svensktid.svensk(VINTERKVALL_UTC).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }
}
