package se.tillit.gallring;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The gallring rules as data: the latest deployed version of the DMN table {@code gallring}, each row naming its
 * provision. Implemented where the engine is (module motor).
 */
public interface Gallringsregler {

    /** The version in use now, for one run: every file of a run is judged by the same rows. */
    Regelversion senaste();

    /** One deployed version of the table. */
    interface Regelversion {

        /** E.g. {@code gallring v2}: stored with every proposal. */
        String version();

        /** The one row for the question, or empty: no rule, and a file without a rule is never gallrad. */
        Optional<Regel> regel(Fraga fraga);
    }

    /** The law a case's file is kept under: LSS for the LSS case type, SoL for every other. */
    enum Lag {
        SOL,
        LSS
    }

    /**
     * One kind of record of one case.
     *
     * @param fodelsedag the day of the month the person was born (the research sample)
     * @param avslutad the day the case was closed
     */
    record Fraga(boolean gallringsstopp, int fodelsedag, Lag lag, Gallringsslag slag, LocalDate avslutad) {}

    /**
     * A row of the table.
     *
     * @param regel the row's id, e.g. {@code FEM_AR_SOL}
     * @param gallras GALLRAS (true) or BEVARAS (false)
     * @param tid after the file's last entry, when the row takes effect: the file is gallrad, or listed as kept
     * @param tidigastVidAlder not before the person's birthday at this age (30 for a child protection investigation), or null
     * @param senastNastaAr the gallring must be done by the end of the calendar year after the day it falls due
     * @param kalla the provision, e.g. {@code SoL (2025:400) 16 kap. 1 §}
     */
    record Regel(
            String regel, boolean gallras, Period tid, Integer tidigastVidAlder, boolean senastNastaAr, String kalla) {}
}
