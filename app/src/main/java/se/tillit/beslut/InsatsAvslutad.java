package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published in the transaction that records an insats's avslut: the decision's verkställighet and uppföljning end
 * (the motor module sends the message InsatsAvslutad), the provider's order ends with the reason (verkstallighet).
 */
public record InsatsAvslutad(UUID beslutId, UUID arendeId, String arendenummer, LocalDate datum, Insatsslut orsak) {}
