package se.tillit.ivo.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * IVO's reporting windows, from configuration (C8): about a month after each quarter. The defaults are IVO's
 * periods of 2019 (law-and-peers §A2): 1–30 April, 1 July–31 August, 1–31 October, 1–31 January. A setting that
 * cannot be read stops the start, naming the key.
 */
@Component
@EnableConfigurationProperties(IvoInstallningar.class)
class Rapportfonster {

    static final Map<Integer, IvoInstallningar.Fonster> STANDARD = Map.of(
            1, new IvoInstallningar.Fonster("04-01", "04-30"),
            2, new IvoInstallningar.Fonster("07-01", "08-31"),
            3, new IvoInstallningar.Fonster("10-01", "10-31"),
            4, new IvoInstallningar.Fonster("01-01", "01-31"));
    static final int STANDARD_FLAGGA_MANADER = 21;

    /** The window of one quarter's report, both days included. */
    record Fonster(LocalDate fran, LocalDate till) {

        public Status status(LocalDate dag) {
            return dag.isBefore(fran) ? Status.INTE_OPPET : dag.isAfter(till) ? Status.STANGT : Status.OPPET;
        }
    }

    enum Status {
        INTE_OPPET,
        OPPET,
        STANGT
    }

    private final Map<Integer, MonthDay[]> perKvartal = new HashMap<>();
    private final int flaggaManader;

    Rapportfonster(IvoInstallningar installningar) {
        for (int kvartal = 1; kvartal <= 4; kvartal++) {
            IvoInstallningar.Fonster fonster = installningar.rapportfonster() == null
                    ? null
                    : installningar.rapportfonster().get("q" + kvartal);
            IvoInstallningar.Fonster standard = STANDARD.get(kvartal);
            String nyckel = "tillit.ivo.rapportfonster.q" + kvartal;
            MonthDay fran =
                    dag(fonster == null || fonster.fran() == null ? standard.fran() : fonster.fran(), nyckel + ".fran");
            MonthDay till =
                    dag(fonster == null || fonster.till() == null ? standard.till() : fonster.till(), nyckel + ".till");
            perKvartal.put(kvartal, new MonthDay[] {fran, till});
        }
        Integer manader = installningar.sarskildAvgiftFlaggaManader();
        if (manader != null && (manader < 1 || manader > 24)) {
            throw new IllegalStateException("tillit.ivo.sarskild-avgift-flagga-manader: 1–24 månader, inte " + manader);
        }
        this.flaggaManader = manader == null ? STANDARD_FLAGGA_MANADER : manader;
    }

    /** The window after the quarter: its first day is the first such day after the quarter's end. */
    Fonster fonster(Kvartal kvartal) {
        MonthDay[] dagar = perKvartal.get(kvartal.nummer());
        LocalDate fran = dagar[0].atYear(kvartal.ar());
        if (!fran.isAfter(kvartal.sista())) {
            fran = dagar[0].atYear(kvartal.ar() + 1);
        }
        LocalDate till = dagar[1].atYear(fran.getYear());
        if (till.isBefore(fran)) {
            till = dagar[1].atYear(fran.getYear() + 1);
        }
        return new Fonster(fran, till);
    }

    int sarskildAvgiftFlaggaManader() {
        return flaggaManader;
    }

    private static MonthDay dag(String text, String nyckel) {
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(nyckel + ": skrivs MM-DD, till exempel 04-30, inte \"" + text + "\"", e);
        }
    }
}
