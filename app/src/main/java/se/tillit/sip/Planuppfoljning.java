package se.tillit.sip;

import java.time.LocalDate;

/** A follow-up of a plan version. */
public record Planuppfoljning(
        int planversion, LocalDate genomford, Uppfoljningsresultat resultat, String anteckning, String registreradAv) {}
