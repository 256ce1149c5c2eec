package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement ended: its reviews stop, and, when the care ended (not a move to another placement, another municipality
 * or the 18th birthday), the follow-up after the placement starts (23 kap. 1–5 §§), a duty after care under LVU.
 */
public record PlaceringAvslutad(
        UUID placeringId, UUID beslutId, UUID arendeId, LocalDate avslutad, Lagrum.Lag lag, Placeringsavslut orsak) {

    /** The child's care outside the home ended here, so the follow-up after a placement applies. */
    public boolean vardenUpphorde() {
        return orsak == Placeringsavslut.HEMFLYTT
                || orsak == Placeringsavslut.VARDEN_UPPHORT
                || orsak == Placeringsavslut.ANNAN;
    }
}
