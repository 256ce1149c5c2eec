package se.tillit.sip;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * R20 on a date: of the persons with favourable decisions in force from the units and insatser from the region (as
 * the region reported them, G11), how many have a SIP with a plan drawn up and not closed.
 *
 * @param namnare persons with insatser from both principals on the date
 * @param taljare of those, persons with a SIP whose plan was drawn up on or before the date and not closed by then
 */
public record Nyckeltal(LocalDate datum, List<String> enheter, int namnare, int taljare) {

    /** The share in per cent with one decimal, or null when nobody has insatser from both. */
    public BigDecimal andelProcent() {
        return namnare == 0
                ? null
                : BigDecimal.valueOf(taljare * 100L).divide(BigDecimal.valueOf(namnare), 1, RoundingMode.HALF_UP);
    }
}
