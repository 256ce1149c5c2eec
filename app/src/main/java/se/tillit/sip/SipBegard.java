package se.tillit.sip;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A SIP was requested (by either principal), published in the requesting transaction; the motor module starts
 * processes/sip.bpmn from it.
 *
 * @param arendeId and {@code arendenummer}: the person's open case of the unit, or null
 */
public record SipBegard(
        UUID sipId, UUID personId, UUID arendeId, String arendenummer, String enhet, Onskan onskan, LocalDate begard) {}
