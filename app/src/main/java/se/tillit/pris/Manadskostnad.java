package se.tillit.pris;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;

/**
 * The cost of one insats in one month, counted day by day at the price valid on each service day, so a price
 * change on 1 June applies from 1 June only (R25). The rules of the price list (seed 000@c33045–33760):
 * days are counted by the row's debiteringsdagar (MAN_FRE: Monday to Friday, public holidays included, as the
 * list's "260 dygn per år" does); a booked but empty bostad med särskild service is paid at level 1 from the
 * order until move-in (R24); where attendance counts, only attended days are paid (R26); hours come from the
 * performed time where it has been imported, otherwise from the granted omfattning (R28); a price per year is
 * paid per day as its share of the year. Days of an avbrott are not paid (ADR 0007). Consecutive paid days of
 * the same kind and price form one line.
 */
public final class Manadskostnad {

    /** The insats whose booked but empty places are paid at level 1 (tomdygnsersättning, R24). */
    public static final String BOSTAD_MED_SARSKILD_SERVICE = "LSS_BOSTAD_SARSKILD_SERVICE";

    /** Daily activity in egen regi is paid for the days the user attends (R26, 004@c34145). */
    public static boolean raknarNarvaro(String insats, String utforartyp) {
        return "LSS_DAGLIG_VERKSAMHET".equals(insats) && "EGEN_REGI".equals(utforartyp);
    }

    public enum Radtyp {
        /** the insats itself */
        INSATS,
        /** a booked place not yet moved into, at level 1 */
        TOMDYGN
    }

    /**
     * Paid days {@code fran}–{@code tom} of one kind at one price.
     *
     * @param dagar the paid days in the line
     * @param enhet what {@code apris} is per: DYGN, TIMME, AR_HUS or AR_BESLUT
     * @param antal the quantity paid: days, or hours for TIMME
     */
    public record Delperiod(
            Radtyp typ,
            LocalDate fran,
            LocalDate tom,
            int dagar,
            String enhet,
            BigDecimal antal,
            BigDecimal apris,
            BigDecimal summa) {}

    /**
     * @param beviljadeTimmar the granted hours of the month's paid days, null where the insats is not hourly or names none
     * @param utfordaTimmar the imported performed hours, null where none were imported
     */
    public record Resultat(
            YearMonth manad, List<Delperiod> delperioder, BigDecimal beviljadeTimmar, BigDecimal utfordaTimmar) {

        public int dagar() {
            return delperioder.stream().mapToInt(Delperiod::dagar).sum();
        }

        public BigDecimal summa() {
            return delperioder.stream().map(Delperiod::summa).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private record PrissattDag(Radtyp typ, LocalDate dag, Pris pris) {}

    private Manadskostnad() {}

    /** The month's cost of a day-priced insats running {@code fran}–{@code tom} with nothing else to consider. */
    public static Resultat berakna(
            Prislista prislista, Prisfraga fraga, LocalDate fran, LocalDate tom, YearMonth manad) {
        return berakna(prislista, Insatsperiod.lopande(fraga, fran, tom), manad);
    }

    /**
     * @throws PrisSaknas for the first paid day without a price
     * @throws TimmarSaknas for an hourly insats with neither granted nor performed hours
     */
    public static Resultat berakna(Prislista prislista, Insatsperiod insats, YearMonth manad) {
        Prisfraga fraga = insats.insats();
        List<PrissattDag> dagar = new ArrayList<>();
        if (BOSTAD_MED_SARSKILD_SERVICE.equals(fraga.insats()) && insats.bokad() != null) {
            LocalDate fore = insats.fran() == null ? null : insats.fran().minusDays(1);
            Prisfraga niva1 = new Prisfraga(fraga.insats(), 1, fraga.omfattning(), null);
            for (LocalDate dag : dagarIManaden(insats.bokad(), tidigast(fore, insats.tom()), manad)) {
                dagar.add(new PrissattDag(Radtyp.TOMDYGN, dag, prislista.pris(niva1.pa(dag))));
            }
        }
        if (insats.fran() != null) {
            for (LocalDate dag : dagarIManaden(insats.fran(), insats.tom(), manad)) {
                if (insats.avbrott().stream().anyMatch(avbrott -> avbrott.omfattar(dag))
                        || (insats.narvaro() != null && !insats.narvaro().contains(dag))) {
                    continue;
                }
                Pris pris = prislista.pris(fraga.pa(dag));
                if (!(pris.baraVardagar() && helg(dag))) {
                    dagar.add(new PrissattDag(Radtyp.INSATS, dag, pris));
                }
            }
        }
        return summera(insats, dagar, manad);
    }

    /**
     * A price per year and house (sovande jour, P15) is paid once per house: a day counts when at least one of
     * the house's insatser is served, however many users share it.
     */
    public static Resultat beraknaHus(
            Prislista prislista, Prisfraga fraga, Collection<Insatsperiod> husetsInsatser, YearMonth manad) {
        TreeSet<LocalDate> betjanade = new TreeSet<>();
        for (Insatsperiod insats : husetsInsatser) {
            if (insats.fran() == null) {
                continue;
            }
            for (LocalDate dag : dagarIManaden(insats.fran(), insats.tom(), manad)) {
                if (insats.avbrott().stream().noneMatch(avbrott -> avbrott.omfattar(dag))) {
                    betjanade.add(dag);
                }
            }
        }
        Insatsperiod huset =
                new Insatsperiod(fraga, null, manad.atDay(1), manad.atEndOfMonth(), List.of(), betjanade, null, null);
        return berakna(prislista, huset, manad);
    }

    private static Resultat summera(Insatsperiod insats, List<PrissattDag> dagar, YearMonth manad) {
        List<PrissattDag> timdagar =
                dagar.stream().filter(dag -> "TIMME".equals(dag.pris().enhet())).toList();
        BigDecimal beviljade = insats.beviljat() == null || timdagar.isEmpty()
                ? null
                : insats.beviljat()
                        .perDag(manad)
                        .multiply(BigDecimal.valueOf(timdagar.size()))
                        .setScale(2, RoundingMode.HALF_UP);
        BigDecimal debiterade = insats.utfordaTimmar() != null ? insats.utfordaTimmar() : beviljade;
        if (!timdagar.isEmpty() && debiterade == null) {
            throw new TimmarSaknas(insats.insats().insats());
        }
        if (timdagar.isEmpty()
                && insats.utfordaTimmar() != null
                && insats.utfordaTimmar().signum() > 0) {
            throw new Valideringsfel(
                    "utfordaTimmar",
                    Texter.text(
                            "pris.fel.ingenBetaldTimdag", manad, insats.insats().insats()));
        }
        List<Delperiod> rader = new ArrayList<>();
        int fordeladeTimdagar = 0;
        BigDecimal fordeladeTimmar = BigDecimal.ZERO;
        int start = 0;
        for (int i = 1; i <= dagar.size(); i++) {
            if (i < dagar.size() && sammaRad(dagar.get(start), dagar.get(i))) {
                continue;
            }
            List<PrissattDag> rad = dagar.subList(start, i);
            PrissattDag forsta = rad.get(0);
            Pris pris = forsta.pris();
            BigDecimal antal;
            BigDecimal summa;
            switch (pris.enhet()) {
                case "TIMME" -> {
                    fordeladeTimdagar += rad.size();
                    // the last line takes what rounding left, so the lines add up to the month's hours exactly
                    antal = fordeladeTimdagar == timdagar.size()
                            ? debiterade.subtract(fordeladeTimmar)
                            : debiterade
                                    .multiply(BigDecimal.valueOf(rad.size()))
                                    .divide(BigDecimal.valueOf(timdagar.size()), 2, RoundingMode.HALF_UP);
                    fordeladeTimmar = fordeladeTimmar.add(antal);
                    summa = antal.multiply(pris.belopp());
                }
                case "AR_HUS", "AR_BESLUT" -> {
                    antal = BigDecimal.valueOf(rad.size());
                    summa = pris.belopp()
                            .multiply(antal)
                            .divide(BigDecimal.valueOf(forsta.dag().lengthOfYear()), 2, RoundingMode.HALF_UP);
                }
                default -> {
                    antal = BigDecimal.valueOf(rad.size());
                    summa = pris.belopp().multiply(antal);
                }
            }
            rader.add(new Delperiod(
                    forsta.typ(),
                    forsta.dag(),
                    rad.get(rad.size() - 1).dag(),
                    rad.size(),
                    pris.enhet(),
                    antal.setScale(2, RoundingMode.HALF_UP),
                    pris.belopp(),
                    summa.setScale(2, RoundingMode.HALF_UP)));
            start = i;
        }
        return new Resultat(manad, List.copyOf(rader), beviljade, insats.utfordaTimmar());
    }

    private static boolean sammaRad(PrissattDag forsta, PrissattDag dag) {
        return forsta.typ() == dag.typ()
                && forsta.pris().enhet().equals(dag.pris().enhet())
                && forsta.pris().belopp().compareTo(dag.pris().belopp()) == 0;
    }

    private static List<LocalDate> dagarIManaden(LocalDate fran, LocalDate tom, YearMonth manad) {
        LocalDate forsta = fran.isAfter(manad.atDay(1)) ? fran : manad.atDay(1);
        LocalDate sista = tidigast(tom, manad.atEndOfMonth());
        List<LocalDate> dagar = new ArrayList<>();
        for (LocalDate dag = forsta; !dag.isAfter(sista); dag = dag.plusDays(1)) {
            dagar.add(dag);
        }
        return dagar;
    }

    private static LocalDate tidigast(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    private static boolean helg(LocalDate dag) {
        return dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
