package se.tillit.barn.internal;

import java.time.LocalDate;

/**
 * When the reporter's information is due (SoL 2025:400 19 kap. 6 §, from 2026-01-15; law-and-peers.md A3 and C1 item
 * 3): "senast en vecka" after the decision to open an investigation or not; at once when the request comes later than
 * that, or when an investigation is already running (then no such decision is made, 20 kap. 2 §). A request before the
 * decision waits for it: the week runs from the later of the two days, the decision's.
 *
 * @param start the day the clock runs from (the decision's, or the request's when it is due at once); null: the
 *        decision is not taken yet and nothing runs until it is
 * @param genast due the same day as the request (table barnfrister ANMALARINFORMATION_SEN_BEGARAN), not a week on
 */
record Informationsfrist(LocalDate start, boolean genast) {

    static final int VECKA = 7;

    /**
     * @param beslutad the day of the decision to open an investigation or not on the anmälan, or null: not yet taken
     * @param utredningPagar an investigation of the case was running when the request came in
     */
    static Informationsfrist berakna(LocalDate begaranInkom, LocalDate beslutad, boolean utredningPagar) {
        if (beslutad == null) {
            return utredningPagar ? new Informationsfrist(begaranInkom, true) : new Informationsfrist(null, false);
        }
        if (begaranInkom.isAfter(beslutad.plusDays(VECKA))) {
            return new Informationsfrist(begaranInkom, true);
        }
        return new Informationsfrist(beslutad, false);
    }
}
