package se.tillit.kostnad.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a month's cost: consecutive paid days of one insats (or one house's sovande jour) at one price.
 * Granted and performed hours are carried on the insats's first line only, so they add up once.
 */
record Kostnadsrad(
        UUID beslutId,
        String arendenummer,
        String utforare,
        String utforartyp,
        String bestallandeEnhet,
        String insatstyp,
        Integer niva,
        String omfattning,
        String radtyp,
        LocalDate fran,
        LocalDate tom,
        int dagar,
        String enhet,
        BigDecimal antal,
        BigDecimal apris,
        BigDecimal summa,
        BigDecimal beviljadeTimmar,
        BigDecimal utfordaTimmar) {}
