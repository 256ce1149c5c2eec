package se.tillit.pris;

import java.math.BigDecimal;

/**
 * One row of the internal price list, as valid on a service day.
 *
 * @param enhet what the amount is per: TIMME, DYGN, AR_HUS (per year and house), AR_BESLUT (per year and decision)
 * @param debiteringsdagar ALLA, or MAN_FRE for insatser paid Monday to Friday only (R26)
 */
public record Pris(BigDecimal belopp, String enhet, String debiteringsdagar) {

    public boolean baraVardagar() {
        return "MAN_FRE".equals(debiteringsdagar);
    }
}
