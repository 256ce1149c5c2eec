package se.tillit.bevakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tillit.bevakning.internal.KalenderForTest;

/**
 * The deadline rules without the engine (issue 20): the tables are a fake behind the port {@link Fristregler.Tabeller},
 * so each rule is shown by itself; the process tests show the same rules with the engine's tables.
 */
class FristreglerTest {

    final Fristregler regler = new Fristregler(KalenderForTest.svensk());
    final List<String> lasta = new ArrayList<>();

    Fristregler.Tabeller tabeller(Map<String, Object> rad, Map<String, Object> paminnelse) {
        return (tabell, indata) -> {
            lasta.add(tabell + indata);
            if (tabell.equals("paminnelse")) {
                return paminnelse == null ? List.of() : List.of(paminnelse);
            }
            return rad == null ? List.of() : List.of(rad);
        };
    }

    static Fristregler.Begaran begaran(String bevakning, Object start, Object fast) {
        Map<String, Object> variabler = Map.of("arendetyp", "LSS");
        return new Fristregler.Begaran(bevakning, null, start, fast, null, variabler::get);
    }

    /** Lag 1930:173: a deadline on a Saturday moves to Monday when the rule says so; the reminder counts from it. */
    @Test
    void aDeadlineOnASaturdayMovesToTheNextWorkingDayWhenTheRuleSaysSo() {
        // 2026-12-05 is a Saturday: 2026-11-05 + P1M
        Fristregler.Frist frist = regler.berakna(
                begaran("UTREDNING", "2026-11-05", null),
                tabeller(
                        Map.of("frist", "P1M", "dagberakning", "FLYTTAS_TILL_VARDAG", "kalla", "LAG"),
                        Map.of("fore", "P7D")));

        assertThat(frist.dag()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(frist.kalla()).isEqualTo("LAG");
        assertThat(frist.forfaller()).isEqualTo(OffsetDateTime.parse("2026-12-07T23:59+01:00"));
        assertThat(frist.passerad()).isEqualTo(OffsetDateTime.parse("2026-12-08T00:00+01:00"));
        assertThat(frist.paminnelse()).isEqualTo(OffsetDateTime.parse("2026-11-30T08:00+01:00"));
        assertThat(lasta).containsExactly("utredningsfrist{arendetyp=LSS}", "paminnelse{bevakning=UTREDNING}");
    }

    @Test
    void calendarDaysKeepASaturdayAndAStartTimeCountsFromItsSwedishDay() {
        // 23:30 UTC on 4 November is 5 November in Sweden
        Fristregler.Frist frist = regler.berakna(
                begaran("UTREDNING", "2026-11-04T23:30:00Z", null),
                tabeller(Map.of("frist", "P1M", "kalla", "LOKALT_MAL"), null));

        assertThat(frist.dag()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(frist.dagberakning()).isEqualTo("KALENDERDAGAR");
        assertThat(frist.paminnelse()).as("no reminder row, no reminder").isNull();
    }

    /** A deadline already decided (after a förlängning) reads no rule, only the reminder. */
    @Test
    void aFixedDeadlineReadsNoRule() {
        Fristregler.Frist frist = regler.berakna(begaran("UTREDNING", null, "2027-01-15"), tabeller(null, null));

        assertThat(frist.dag()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(frist.franRegel()).isFalse();
        assertThat(lasta).containsExactly("paminnelse{bevakning=UTREDNING}");
    }

    /** R03: no row is an error to fix, never a guessed default. */
    @Test
    void r03NoRowIsAnErrorNamingTheTableAndTheInputs() {
        assertThatThrownBy(() -> regler.berakna(begaran("UTREDNING", "2026-11-05", null), tabeller(null, null)))
                .isInstanceOf(Fristregler.Fristfel.class)
                .hasMessage(
                        "The table utredningsfrist has no row for arendetyp = LSS: add one in decisions/utredningsfrist.dmn");
        assertThatThrownBy(
                        () -> regler.berakna(begaran("UTREDNING", null, null), tabeller(Map.of("frist", "P1M"), null)))
                .isInstanceOf(Fristregler.Fristfel.class)
                .hasMessageContaining("fristStart or fastFrist");
    }
}
