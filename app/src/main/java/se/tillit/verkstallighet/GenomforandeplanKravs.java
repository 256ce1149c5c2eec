package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An order has started: its provider is to write a genomförandeplan with the person (R18). Published in the start's
 * transaction; the motor starts processes/genomforandeplan.bpmn with these ids.
 *
 * @param bestallandeEnhet the unit that ordered the insats, whose chef is told when the target passes
 */
public record GenomforandeplanKravs(
        UUID beslutId,
        UUID arendeId,
        String arendenummer,
        UUID personId,
        String bestallandeEnhet,
        String utforare,
        String insatstyp,
        LocalDate verkstalld) {}
