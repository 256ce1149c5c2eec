package se.tillit.bevakning.internal;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import se.tillit.bevakning.Arbetsdagskalender;

/** The calendar from the jollyday library's Swedish holidays, which include the three eves. */
@Service
class SvenskArbetsdagskalender implements Arbetsdagskalender {

    /** A loop guard: no Swedish stretch of non-working days is this long. */
    private static final int LANGSTA_LEDIGHET = 10;

    private final HolidayManager helgdagar =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

    @Override
    public boolean arArbetsdag(LocalDate dag) {
        DayOfWeek veckodag = dag.getDayOfWeek();
        return veckodag != DayOfWeek.SATURDAY && veckodag != DayOfWeek.SUNDAY && !helgdagar.isHoliday(dag);
    }

    @Override
    public LocalDate flyttaTillVardag(LocalDate fristensSistaDag) {
        LocalDate dag = fristensSistaDag;
        for (int i = 0; !arArbetsdag(dag); i++) {
            if (i > LANGSTA_LEDIGHET) {
                throw new IllegalStateException(
                        "No working day within " + LANGSTA_LEDIGHET + " days of " + fristensSistaDag);
            }
            dag = dag.plusDays(1);
        }
        return dag;
    }

    @Override
    public LocalDate laggTillArbetsdagar(LocalDate dag, int antal) {
        if (antal < 0) {
            throw new IllegalArgumentException("antal must not be negative: " + antal);
        }
        LocalDate resultat = dag;
        int kvar = antal;
        while (kvar > 0) {
            resultat = resultat.plusDays(1);
            if (arArbetsdag(resultat)) {
                kvar--;
            }
        }
        return antal == 0 ? flyttaTillVardag(dag) : resultat;
    }

    @Override
    public int arbetsdagarMellan(LocalDate fran, LocalDate till) {
        if (till.isBefore(fran)) {
            return -arbetsdagarMellan(till, fran);
        }
        int antal = 0;
        for (LocalDate dag = fran.plusDays(1); !dag.isAfter(till); dag = dag.plusDays(1)) {
            if (arArbetsdag(dag)) {
                antal++;
            }
        }
        return antal;
    }
}
