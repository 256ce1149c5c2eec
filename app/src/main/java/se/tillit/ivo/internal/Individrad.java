package se.tillit.ivo.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * One decision in IVO's individual report for a quarter (C36; SoL 34 kap. 1–2 §§): who (IVO's pseudonym), what and
 * when, why it is delayed, what was offered, and the day it was executed or closed once that happened.
 *
 * @param grund BESLUT: not executed three months after the decision; AVBROTT: not resumed three months after it
 * @param raknasFran the decision date, or the first day of the avbrott: the time is counted from it
 * @param ejVerkstalltSedan the day the record opened (the three months had passed)
 * @param stangd the day it was executed or closed, also when that came after the quarter; null while open
 * @param matdag the day time is measured to: the closing day if it falls in the quarter, else the quarter's last
 *        day (today for the quarter under way)
 * @param sarskildAvgift still open on {@code matdag} and at least the configured months after {@code raknasFran}:
 *        approaching the two years within which IVO applies for särskild avgift (C9)
 */
record Individrad(
        int radnummer,
        UUID ejVerkstalltId,
        UUID beslutId,
        UUID arendeId,
        String arendenummer,
        UUID personId,
        String enhet,
        String pseudonym,
        char kon,
        boolean skyddadIdentitet,
        String lag,
        String insatstyp,
        LocalDate beslutsdatum,
        String grund,
        LocalDate raknasFran,
        LocalDate ejVerkstalltSedan,
        String orsak,
        String orsakText,
        String konsekvenser,
        String tillfalligaInsatser,
        List<Erbjudande> erbjudanden,
        LocalDate stangd,
        String stangdOrsak,
        LocalDate matdag,
        boolean sarskildAvgift) {

    Individrad {
        erbjudanden = List.copyOf(erbjudanden);
    }

    /** An offer and the person's answer ({@code svar} AVBOJT or ACCEPTERAT, null while unanswered). */
    @Schema(name = "IvoErbjudande", description = "Ett erbjudande som det redovisas i individrapporten till IVO.")
    record Erbjudande(LocalDate erbjudet, String vad, String svar, LocalDate svarDatum, String skal) {}

    /** Became an ej-verkställt decision during the quarter (else it remains from an earlier one). */
    public boolean ny(LocalDate kvartaletsForstaDag) {
        return !ejVerkstalltSedan.isBefore(kvartaletsForstaDag);
    }

    /** Executed or closed on or before {@code matdag}: in the quarter. */
    public boolean stangdUnderKvartalet() {
        return stangd != null && !stangd.isAfter(matdag);
    }

    public boolean oppenVidKvartaletsSlut() {
        return !stangdUnderKvartalet();
    }

    public long dagar() {
        return ChronoUnit.DAYS.between(raknasFran, matdag);
    }

    public Tidsintervall tid() {
        return Tidsintervall.avManader(Period.between(raknasFran, matdag).toTotalMonths());
    }

    /** Two years from the decision or avbrott: IVO's application for särskild avgift must be served before (34 kap. 10 §). */
    public LocalDate tvaAr() {
        return raknasFran.plusYears(2);
    }

    public boolean saknarOrsak() {
        return orsak == null;
    }

    /** The time since the decision or avbrott in the bands of the statistics report (C38). */
    enum Tidsintervall {
        TRE_TILL_SEX,
        SEX_TILL_TOLV,
        TOLV_TILL_TJUGOFYRA,
        OVER_TJUGOFYRA;

        static Tidsintervall avManader(long manader) {
            return manader < 6
                    ? TRE_TILL_SEX
                    : manader < 12 ? SEX_TILL_TOLV : manader < 24 ? TOLV_TILL_TJUGOFYRA : OVER_TJUGOFYRA;
        }
    }
}
