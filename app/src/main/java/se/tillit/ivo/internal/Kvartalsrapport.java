package se.tillit.ivo.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A quarter's EVB reports from one set of rows: IVO's individual report (the rows), the de-identified report to the
 * revisorer and the statistics report to kommunfullmäktige (C36–C38), with the rows flagged for särskild avgift (C9).
 *
 * @param matdag the day time is measured to: the quarter's last day, today for the quarter under way
 * @param inlamning when and by whom the quarter was submitted; null while it is computed on each view
 */
record Kvartalsrapport(
        Kvartal kvartal,
        Rapportfonster.Fonster fonster,
        LocalDate matdag,
        Inlamning inlamning,
        List<Individrad> rader) {

    Kvartalsrapport {
        rader = List.copyOf(rader);
    }

    /** @param inomFonster submitted inside IVO's reporting window for the quarter */
    record Inlamning(OffsetDateTime tid, String av, boolean inomFonster) {}

    /**
     * One decision, de-identified for the revisorer (C37): no pseudonym, sex, case number or free text, which could
     * name the person; the reason as its code.
     */
    record Revisorsrad(
            int lopnummer,
            String enhet,
            String lag,
            String insatstyp,
            String grund,
            LocalDate beslutsdatum,
            LocalDate raknasFran,
            long dagar,
            Individrad.Tidsintervall tid,
            boolean ny,
            String orsak,
            LocalDate stangd,
            String stangdOrsak) {}

    /**
     * The statistics of one insats type (or of all, with {@code insatstyp} null): how many, women and men, new
     * (counted from the decision) and interrupted (from an avbrott), by time since the decision or avbrott, and how
     * they stood at the quarter's end (C38; SoL 34 kap. 3 §).
     */
    record Statistikrad(
            String lag,
            String insatstyp,
            int antal,
            int kvinnor,
            int man,
            int beslut,
            int avbrott,
            Map<Individrad.Tidsintervall, Integer> tid,
            int ejVerkstalldaVidSlutet,
            int verkstallda,
            int avslutade) {

        public int tid(Individrad.Tidsintervall intervall) {
            return tid.getOrDefault(intervall, 0);
        }

        /** The counts per band, shortest first. */
        public List<Integer> perTid() {
            return java.util.Arrays.stream(Individrad.Tidsintervall.values())
                    .map(this::tid)
                    .toList();
        }
    }

    public boolean inlamnad() {
        return inlamning != null;
    }

    /** The rows of the units the reader may see, numbered as in the whole report. */
    Kvartalsrapport synligt(Predicate<String> synligEnhet) {
        return new Kvartalsrapport(
                kvartal,
                fonster,
                matdag,
                inlamning,
                rader.stream().filter(rad -> synligEnhet.test(rad.enhet())).toList());
    }

    public List<Revisorsrad> revisorsrapport() {
        List<Revisorsrad> revisor = new ArrayList<>();
        for (Individrad rad : rader) {
            revisor.add(new Revisorsrad(
                    revisor.size() + 1,
                    rad.enhet(),
                    rad.lag(),
                    rad.insatstyp(),
                    rad.grund(),
                    rad.beslutsdatum(),
                    rad.raknasFran(),
                    rad.dagar(),
                    rad.tid(),
                    rad.ny(kvartal.forsta()),
                    rad.orsak(),
                    rad.stangdUnderKvartalet() ? rad.stangd() : null,
                    rad.stangdUnderKvartalet() ? rad.stangdOrsak() : null));
        }
        return revisor;
    }

    /** Per law and insats type, sorted; the last row is the total. */
    public List<Statistikrad> statistik() {
        Map<List<String>, List<Individrad>> perInsats = new LinkedHashMap<>();
        rader.stream()
                .sorted(Comparator.comparing(Individrad::lag).thenComparing(Individrad::insatstyp))
                .forEach(rad -> perInsats
                        .computeIfAbsent(List.of(rad.lag(), rad.insatstyp()), k -> new ArrayList<>())
                        .add(rad));
        List<Statistikrad> statistik = new ArrayList<>();
        perInsats.forEach((nyckel, grupp) -> statistik.add(rakna(nyckel.get(0), nyckel.get(1), grupp)));
        statistik.add(rakna(null, null, rader));
        return statistik;
    }

    public List<Individrad> sarskildAvgift() {
        return rader.stream().filter(Individrad::sarskildAvgift).toList();
    }

    public List<Individrad> utanOrsak() {
        return rader.stream().filter(Individrad::saknarOrsak).toList();
    }

    private static Statistikrad rakna(String lag, String insatstyp, List<Individrad> grupp) {
        Map<Individrad.Tidsintervall, Integer> tid = new EnumMap<>(Individrad.Tidsintervall.class);
        for (Individrad.Tidsintervall intervall : Individrad.Tidsintervall.values()) {
            tid.put(intervall, 0);
        }
        int kvinnor = 0;
        int beslut = 0;
        int oppna = 0;
        int verkstallda = 0;
        for (Individrad rad : grupp) {
            kvinnor += rad.kon() == 'K' ? 1 : 0;
            beslut += "BESLUT".equals(rad.grund()) ? 1 : 0;
            tid.merge(rad.tid(), 1, Integer::sum);
            if (rad.oppenVidKvartaletsSlut()) {
                oppna++;
            } else if ("VERKSTALLT".equals(rad.stangdOrsak())) {
                verkstallda++;
            }
        }
        int antal = grupp.size();
        return new Statistikrad(
                lag,
                insatstyp,
                antal,
                kvinnor,
                antal - kvinnor,
                beslut,
                antal - beslut,
                tid,
                oppna,
                verkstallda,
                antal - oppna - verkstallda);
    }
}
