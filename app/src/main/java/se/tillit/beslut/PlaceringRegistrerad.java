package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/** A placement decision was taken; the motor module starts its six-month reviews (22 kap. 13 §) from it. */
public record PlaceringRegistrerad(
        UUID placeringId, UUID beslutId, UUID arendeId, String arendenummer, String enhet, LocalDate placeradFran) {}
