package se.tillit.statistik.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tillit.person.Person;
import se.tillit.statistik.Statistikkoder;
import se.tillit.statistik.Statistikkoder.Insamling;
import se.tillit.statistik.Statistikkoder.Statistikkod;

/**
 * The monthly SoL file (HSLF-FS 2016:86 3 §; docs/adr/0026): one row per decision, semicolon-separated, a header row
 * first; the first field says which bilaga the row answers. Bilaga 1: the decisions on insatser in force on the last day
 * of the month; bilaga 2: those started or ended during it (a decision both started and ended in the month is one row
 * with both days). Hemtjänst carries its granted hours per month, from the decision's omfattning.
 */
final class SolFil {

    static final String RUBRIK =
            "bilaga;kommun;manad;personnummer;insats;timmar_per_manad;beslutsdatum;startdatum;slutdatum";
    static final String HEMTJANST = "HEMTJANST";
    /** "8 tim/vecka", "8,5 tim/vecka", "35 tim/månad" (also "timmar", "per vecka"). */
    private static final Pattern TIMMAR = Pattern.compile(
            "(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*tim(?:mar)?\\s*(?:/|per)\\s*(vecka|v|månad|mån)", Pattern.CASE_INSENSITIVE);
    /** Weeks per month on average: 52 weeks a year over 12 months. */
    private static final BigDecimal VECKOR_PER_MANAD =
            BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);

    private SolFil() {}

    static Framtagen bygg(
            YearMonth manad,
            String kommunkod,
            List<Underlag> underlag,
            Map<UUID, Person> personer,
            Statistikkoder koder) {
        LocalDate forsta = manad.atDay(1);
        LocalDate sista = manad.atEndOfMonth();
        List<Framtagen.Fel> fel = new ArrayList<>();
        boolean egenKommun = kommunkod != null && kommunkod.matches("[0-9]{4}");
        if (!egenKommun) {
            fel.add(new Framtagen.Fel(null, null, null, null, Framtagen.Feltyp.KOMMUNKOD_SAKNAS));
        }
        List<Rad> rader = new ArrayList<>();
        for (Underlag u : underlag) {
            if (!"SOL".equals(u.lag()) || u.verkstalld() == null) {
                continue;
            }
            boolean pagar = u.pagar(sista);
            boolean borjade =
                    !u.verkstalld().isBefore(forsta) && !u.verkstalld().isAfter(sista);
            boolean slutade = u.slut() != null
                    && !u.slut().isBefore(forsta)
                    && !u.slut().isAfter(sista)
                    && !u.slut().isBefore(u.verkstalld());
            if (!pagar && !borjade && !slutade) {
                continue;
            }
            Optional<Statistikkod> kod = koder.kod(u.insatstyp(), u.paragraf());
            if (kod.isEmpty()) {
                fel.add(LssFil.fel(u, Framtagen.Feltyp.INGEN_STATISTIKKOD));
                continue;
            }
            if (kod.get().insamling() == Insamling.INGEN) {
                continue; // another collection: ekonomiskt bistånd, barn och unga, missbruk
            }
            if (kod.get().insamling() != Insamling.SOL) {
                fel.add(LssFil.fel(u, Framtagen.Feltyp.FEL_INSAMLING));
                continue;
            }
            Person person = personer.get(u.personId());
            Framtagen.Feltyp personfel = Personkontroll.fel(person);
            if (personfel != null) {
                fel.add(LssFil.fel(u, personfel));
                continue;
            }
            String timmar = "";
            if (HEMTJANST.equals(kod.get().kod())) {
                Optional<BigDecimal> perManad = timmarPerManad(u.omfattning());
                if (perManad.isEmpty()) {
                    fel.add(LssFil.fel(u, Framtagen.Feltyp.TIMMAR_SAKNAS));
                    continue;
                }
                timmar = perManad.get().toPlainString();
            }
            String start = u.verkstalld().toString();
            String slut = u.slut() == null ? "" : u.slut().toString();
            if (pagar) {
                rader.add(new Rad(
                        1, person, kod.get().kod(), timmar, u.beslutsdatum().toString(), start, ""));
            }
            if (borjade || slutade) {
                rader.add(new Rad(
                        2,
                        person,
                        kod.get().kod(),
                        timmar,
                        u.beslutsdatum().toString(),
                        borjade ? start : "",
                        slutade ? slut : ""));
            }
        }
        rader.sort(Comparator.comparingInt(Rad::bilaga)
                .thenComparing(r -> r.person().personnummer().tolvSiffror())
                .thenComparing(Rad::kod)
                .thenComparing(Rad::start)
                .thenComparing(Rad::slut));
        StringBuilder text = new StringBuilder(RUBRIK).append("\r\n");
        Map<String, Map<Character, Integer>> antal = new TreeMap<>();
        Set<UUID> namnda = new LinkedHashSet<>();
        for (Rad rad : rader) {
            text.append(String.join(
                            ";",
                            String.valueOf(rad.bilaga()),
                            egenKommun ? kommunkod : "",
                            manad.toString(),
                            rad.person().personnummer().formaterat(),
                            rad.kod(),
                            rad.timmar(),
                            rad.beslutsdatum(),
                            rad.start(),
                            rad.slut()))
                    .append("\r\n");
            namnda.add(rad.person().id());
            if (rad.bilaga() == 1) {
                LssFil.raknaUpp(antal, rad.kod(), rad.person().personnummer().kon());
            }
        }
        return new Framtagen(
                Insamling.SOL,
                manad.toString(),
                sista,
                text.toString(),
                List.copyOf(namnda),
                rader.size(),
                LssFil.antalLista(antal),
                List.copyOf(fel));
    }

    /** The hours per month of an omfattning in hours per week or month, to one decimal; empty when it gives none. */
    static Optional<BigDecimal> timmarPerManad(String omfattning) {
        if (omfattning == null) {
            return Optional.empty();
        }
        Matcher m = TIMMAR.matcher(omfattning);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal timmar = new BigDecimal(m.group(1).replace(',', '.'));
        boolean perVecka = m.group(2).toLowerCase().startsWith("v");
        BigDecimal perManad = perVecka ? timmar.multiply(VECKOR_PER_MANAD) : timmar;
        return Optional.of(perManad.setScale(1, RoundingMode.HALF_UP));
    }

    private record Rad(
            int bilaga, Person person, String kod, String timmar, String beslutsdatum, String start, String slut) {}
}
