package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's placement outside the home, made by a favourable placement decision (R11, issue 17).
 *
 * @param lag SOL or LVU, from the decision's lagrum
 * @param senastOvervagd the latest six-month review (22 kap. 13 §), null before the first
 * @param avslutad null while the placement goes on
 */
public record Placering(
        UUID id,
        UUID beslutId,
        UUID arendeId,
        Placeringsform form,
        String plats,
        Lagrum.Lag lag,
        LocalDate placeradFran,
        LocalDate senastOvervagd,
        LocalDate avslutad,
        Placeringsavslut avslutsorsak,
        String avslutsorsakText,
        String avslutadAv) {

    public boolean pagar() {
        return avslutad == null;
    }
}
