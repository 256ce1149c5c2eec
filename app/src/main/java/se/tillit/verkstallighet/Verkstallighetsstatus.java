package se.tillit.verkstallighet;

import java.time.LocalDate;

/**
 * @param ejVerkstalltSedan the date an open ej-verkställt record was opened, else null
 * @param avbrutenSedan the start of an avbrott still going on, else null
 * @param accepterad the day the provider accepted the order, else null
 * @param platsBokad the day a place was booked (tomdygn from then, R24), else null
 * @param hinder the provider's current reason why the order cannot start (or resume) yet, null when none or when it
 *        has started and runs
 * @param hinderText the provider's words beside {@code hinder}
 */
public record Verkstallighetsstatus(String utforare, String utforartyp, LocalDate onskadStart, LocalDate verkstalld,
        LocalDate avbrutenSedan, LocalDate ejVerkstalltSedan, LocalDate accepterad, LocalDate platsBokad,
        Drojsmalsorsak hinder, String hinderText) {
}
