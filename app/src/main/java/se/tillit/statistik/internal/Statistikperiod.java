package se.tillit.statistik.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import se.tillit.fel.Valideringsfel;
import se.tillit.statistik.Statistikkoder.Insamling;

/** A collection's period: the year for LSS (about 1 October), the month for SoL. */
record Statistikperiod(Insamling insamling, String period) {

    /** LSS or SOL, in either case. */
    static Insamling insamling(String text) {
        try {
            Insamling vald = Insamling.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
            if (vald != Insamling.INGEN) {
                return vald;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new Valideringsfel("insamling", "statistik.fel.insamling");
    }

    static Statistikperiod tolka(String insamling, String period) {
        Insamling vald = insamling(insamling);
        String text = period == null ? "" : period.strip();
        try {
            if (vald == Insamling.LSS && text.matches("[0-9]{4}")) {
                return new Statistikperiod(vald, text);
            }
            if (vald == Insamling.SOL && text.matches("[0-9]{4}-[0-9]{2}")) {
                return new Statistikperiod(vald, YearMonth.parse(text).toString());
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw new Valideringsfel("period", "statistik.fel.period");
    }

    /** The period the page opens on: the last month (SoL) or the year of the last 1 October passed (LSS). */
    static Statistikperiod senaste(Insamling insamling, LocalDate idag) {
        if (insamling == Insamling.LSS) {
            int ar = idag.isBefore(LssFil.matdag(idag.getYear())) ? idag.getYear() - 1 : idag.getYear();
            return new Statistikperiod(insamling, String.valueOf(ar));
        }
        return new Statistikperiod(
                insamling, YearMonth.from(idag).minusMonths(1).toString());
    }

    Statistikperiod foregaende() {
        return insamling == Insamling.LSS
                ? new Statistikperiod(insamling, String.valueOf(Integer.parseInt(period) - 1))
                : new Statistikperiod(
                        insamling, YearMonth.parse(period).minusMonths(1).toString());
    }

    Statistikperiod nasta() {
        return insamling == Insamling.LSS
                ? new Statistikperiod(insamling, String.valueOf(Integer.parseInt(period) + 1))
                : new Statistikperiod(
                        insamling, YearMonth.parse(period).plusMonths(1).toString());
    }

    /** The day the file describes: 1 October, or the month's last day. */
    public LocalDate matdag() {
        return insamling == Insamling.LSS
                ? LssFil.matdag(Integer.parseInt(period))
                : YearMonth.parse(period).atEndOfMonth();
    }

    /** The first day the file may be generated: after the day it describes. */
    LocalDate tidigast() {
        return matdag().plusDays(1);
    }

    /** The regulation's last day: 25 October (LSS), the 15th of the next month (SoL). */
    public LocalDate senastInlamnad() {
        return insamling == Insamling.LSS
                ? LocalDate.of(Integer.parseInt(period), 10, 25)
                : YearMonth.parse(period).plusMonths(1).atDay(15);
    }

    @Override
    public String toString() {
        return insamling + " " + period;
    }
}
