package se.tillit.beslut;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The recorded avslut of a decision's insats: the day it ended, why, and who recorded it when. */
public record Insatsavslut(
        UUID beslutId, LocalDate datum, Insatsslut orsak, OffsetDateTime registrerad, String registreradAv) {}
