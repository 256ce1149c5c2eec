package se.tillit.sip;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A SIP meeting as the handläggare recorded it, with the region's own account of its attendance.
 *
 * @param flerMoten the plan was not ready: another meeting follows
 * @param regionNarvarande null until the region has reported
 */
public record Mote(
        UUID id,
        LocalDate datum,
        String deltagare,
        String anteckning,
        boolean flerMoten,
        String registreratAv,
        Boolean regionNarvarande,
        String regionDeltagare) {}
