package se.tillit.pris;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost of one day-priced insats (enhet DYGN) in one month: the days of the month within the period the
 * insats ran, counted by the row's debiteringsdagar, each at the price valid on that day, so a price change
 * on 1 June applies from 1 June only (R25, R26). Consecutive days at the same price form one line.
 */
public final class Manadskostnad {

    /** Days {@code fran}–{@code tom} (inclusive) at {@code apris}; {@code dagar} of them are paid. */
    public record Delperiod(LocalDate fran, LocalDate tom, int dagar, BigDecimal apris, BigDecimal summa) {
    }

    public record Resultat(YearMonth manad, List<Delperiod> delperioder) {

        public int dagar() {
            return delperioder.stream().mapToInt(Delperiod::dagar).sum();
        }

        public BigDecimal summa() {
            return delperioder.stream().map(Delperiod::summa).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private Manadskostnad() {
    }

    /**
     * @param fraga the insats, level and scope (its day is ignored)
     * @param fran the first day the insats is paid (the start of verkställighet, or the booking of a place)
     * @param tom the last day, or null while it runs
     * @throws PrisSaknas for the first paid day without a price, or when the insats is not priced per day
     */
    public static Resultat berakna(Prislista prislista, Prisfraga fraga, LocalDate fran, LocalDate tom, YearMonth manad) {
        LocalDate forsta = fran.isAfter(manad.atDay(1)) ? fran : manad.atDay(1);
        LocalDate sista = tom == null || tom.isAfter(manad.atEndOfMonth()) ? manad.atEndOfMonth() : tom;
        List<Delperiod> delperioder = new ArrayList<>();
        LocalDate delFran = null;
        LocalDate delTom = null;
        int dagar = 0;
        BigDecimal apris = null;
        for (LocalDate dag = forsta; !dag.isAfter(sista); dag = dag.plusDays(1)) {
            Pris pris = prislista.pris(fraga.pa(dag));
            if (!"DYGN".equals(pris.enhet())) {
                throw new se.tillit.fel.Valideringsfel("insats", fraga.insats() + " prissätts per " + pris.enhet()
                        + ", inte per dygn");
            }
            if (pris.baraVardagar() && (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY)) {
                continue;
            }
            if (apris != null && apris.compareTo(pris.belopp()) != 0) {
                delperioder.add(new Delperiod(delFran, delTom, dagar, apris, apris.multiply(BigDecimal.valueOf(dagar))));
                delFran = null;
                dagar = 0;
            }
            if (delFran == null) {
                delFran = dag;
            }
            delTom = dag;
            apris = pris.belopp();
            dagar++;
        }
        if (dagar > 0) {
            delperioder.add(new Delperiod(delFran, delTom, dagar, apris, apris.multiply(BigDecimal.valueOf(dagar))));
        }
        return new Resultat(manad, List.copyOf(delperioder));
    }
}
