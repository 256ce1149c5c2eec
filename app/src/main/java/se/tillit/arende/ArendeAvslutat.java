package se.tillit.arende;

import java.util.UUID;

/** A case closed on request (R13); the case process ends with it. */
public record ArendeAvslutat(UUID arendeId, String arendenummer, Avslutsorsak orsak) {}
