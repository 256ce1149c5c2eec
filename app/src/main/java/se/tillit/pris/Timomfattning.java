package se.tillit.pris;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/** Granted hours of an hourly insats, as the decision writes them: per week or per month. */
public record Timomfattning(BigDecimal timmar, Per per) {

    public enum Per {
        VECKA,
        MANAD
    }

    /** The granted hours of one service day in {@code manad}. */
    BigDecimal perDag(YearMonth manad) {
        int dagar = per == Per.VECKA ? 7 : manad.lengthOfMonth();
        return timmar.divide(BigDecimal.valueOf(dagar), 10, RoundingMode.HALF_UP);
    }
}
