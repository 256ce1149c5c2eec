package se.tillit.ivo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tillit.fel.Valideringsfel;
import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.EjVerkstallt;
import se.tillit.verkstallighet.Stangningsorsak;

/** IVO's reporting windows as configuration (C8), the quarter as text, and a name for every code the reports show. */
class RapportfonsterTest {

    static final Rapportfonster STANDARD = new Rapportfonster(new IvoInstallningar(null, null));

    @ParameterizedTest(name = "{0}: {1} – {2}")
    @CsvSource({
        "2026-Q1, 2026-04-01, 2026-04-30",
        "2026-Q2, 2026-07-01, 2026-08-31",
        "2026-Q3, 2026-10-01, 2026-10-31",
        "2026-Q4, 2027-01-01, 2027-01-31"
    }) // law-and-peers §A2: IVO's periods of 2019
    void theDefaultWindowsAreIvosPeriodsAfterEachQuarter(String kvartal, LocalDate fran, LocalDate till) {
        Rapportfonster.Fonster fonster = STANDARD.fonster(Kvartal.tolka(kvartal));

        assertThat(fonster).isEqualTo(new Rapportfonster.Fonster(fran, till));
        assertThat(fonster.status(fran.minusDays(1))).isEqualTo(Rapportfonster.Status.INTE_OPPET);
        assertThat(fonster.status(till)).isEqualTo(Rapportfonster.Status.OPPET);
        assertThat(fonster.status(till.plusDays(1))).isEqualTo(Rapportfonster.Status.STANGT);
        assertThat(STANDARD.sarskildAvgiftFlaggaManader()).isEqualTo(21);
    }

    @Test
    void aConfiguredWindowReplacesTheDefaultAndOneThatCannotBeReadStopsTheStart() {
        Rapportfonster egen = new Rapportfonster(new IvoInstallningar(
                Map.of(
                        "q2",
                        new IvoInstallningar.Fonster("08-15", "09-15"),
                        "q4",
                        new IvoInstallningar.Fonster("12-20", "01-20")),
                18));

        assertThat(egen.fonster(Kvartal.tolka("2026-Q2")))
                .isEqualTo(new Rapportfonster.Fonster(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 15)));
        assertThat(egen.fonster(Kvartal.tolka("2026-Q4")))
                .as("a day before the quarter's end: the following year")
                .isEqualTo(new Rapportfonster.Fonster(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 20)));
        assertThat(egen.fonster(Kvartal.tolka("2026-Q1")).fran()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(egen.sarskildAvgiftFlaggaManader()).isEqualTo(18);
        assertThatThrownBy(() -> new Rapportfonster(
                        new IvoInstallningar(Map.of("q3", new IvoInstallningar.Fonster("31-10", "10-31")), null)))
                .hasMessageContaining("tillit.ivo.rapportfonster.q3.fran")
                .hasMessageContaining("MM-DD");
        assertThatThrownBy(() -> new Rapportfonster(new IvoInstallningar(null, 30)))
                .hasMessageContaining("sarskild-avgift-flagga-manader");
    }

    @Test
    void aQuarterIsWrittenYearDashQAndNumber() {
        assertThat(Kvartal.tolka("2026-q3")).isEqualTo(new Kvartal(2026, 3));
        assertThat(Kvartal.med(LocalDate.of(2026, 12, 31))).hasToString("2026-Q4");
        assertThat(new Kvartal(2026, 1).foregaende()).hasToString("2025-Q4");
        assertThat(new Kvartal(2026, 4).nasta()).hasToString("2027-Q1");
        assertThat(new Kvartal(2024, 1).sista()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThatThrownBy(() -> Kvartal.tolka("2026-Q5")).isInstanceOf(Valideringsfel.class);
        assertThatThrownBy(() -> Kvartal.tolka("2026-03")).isInstanceOf(Valideringsfel.class);
    }

    @Test
    void theSexIsTheThirdPositionAfterTheDash() { // IVO: "T123 (i exemplet siffra 2)"
        assertThat(Pseudonymer.kon("19361224-T123")).isEqualTo('K');
        assertThat(Pseudonymer.kon("19361224-T153")).isEqualTo('M');
    }

    @Test
    void everyCodeTheReportsShowHasANameInSwedishAndEnglish() throws IOException {
        for (String fil : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texter = new Properties();
            try (InputStream in = Files.newInputStream(Path.of("src/main/resources", fil))) {
                texter.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Drojsmalsorsak orsak : Drojsmalsorsak.values()) {
                assertThat(texter).containsKey("evb.orsak." + orsak.name());
            }
            for (Stangningsorsak orsak : Stangningsorsak.values()) {
                assertThat(texter).containsKey("evb.stangning." + orsak.name());
            }
            for (EjVerkstallt.Svar svar : EjVerkstallt.Svar.values()) {
                assertThat(texter).containsKey("evb.svar." + svar.name());
            }
            for (Individrad.Tidsintervall tid : Individrad.Tidsintervall.values()) {
                assertThat(texter).containsKey("ivo.tid." + tid.name());
            }
            for (Rapportfonster.Status status : Rapportfonster.Status.values()) {
                assertThat(texter).containsKey("ivo.fonster." + status.name());
            }
            for (IvoSida.Rapport rapport : IvoSida.Rapport.values()) {
                assertThat(texter).containsKey("ivo.pdf.titel." + rapport.name());
            }
            assertThat(texter).containsKeys("ivo.grund.BESLUT", "ivo.grund.AVBROTT");
        }
    }
}
