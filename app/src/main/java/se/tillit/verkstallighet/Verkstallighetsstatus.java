package se.tillit.verkstallighet;

import java.time.LocalDate;

/**
 * @param ejVerkstalltSedan the date an open ej-verkställt record was opened, else null
 * @param avbrutenSedan the start of an avbrott still going on, else null
 */
public record Verkstallighetsstatus(String utforare, String utforartyp, LocalDate onskadStart, LocalDate verkstalld,
        LocalDate avbrutenSedan, LocalDate ejVerkstalltSedan) {
}
