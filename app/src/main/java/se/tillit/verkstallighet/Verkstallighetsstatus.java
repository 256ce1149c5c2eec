package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * @param ejVerkstalltSedan the date an open ej-verkställt record was opened, else null
 * @param avbrutenSedan the start of an avbrott still going on, else null
 * @param accepterad the day the provider accepted the order, else null
 * @param platsBokad the day a place was booked (tomdygn from then, R24), else null
 * @param hinder the provider's current reason why the order cannot start (or resume) yet, null when none or when it
 *        has started and runs
 * @param hinderText the provider's words beside {@code hinder}
 * @param verkstalldRegistrerad when the start was reported (its {@code verkstalld} is the day the insats started), null
 *        while not started and for a start reported before this was recorded
 * @param verkstalldAv who reported the start (the provider's staff, a handläggare, a service account), null as
 *        {@code verkstalldRegistrerad}
 */
public record Verkstallighetsstatus(
        String utforare,
        String utforartyp,
        LocalDate onskadStart,
        LocalDate verkstalld,
        LocalDate avbrutenSedan,
        LocalDate ejVerkstalltSedan,
        LocalDate accepterad,
        LocalDate platsBokad,
        Drojsmalsorsak hinder,
        String hinderText,
        OffsetDateTime verkstalldRegistrerad,
        String verkstalldAv) {}
