package se.tillit.pris;

import java.time.LocalDate;

/**
 * What is priced: an insats code of the price list, its level (1–5) and scope where the price depends on them,
 * and the service day.
 */
public record Prisfraga(String insats, Integer niva, String omfattning, LocalDate dag) {

    public Prisfraga pa(LocalDate annanDag) {
        return new Prisfraga(insats, niva, omfattning, annanDag);
    }

    @Override
    public String toString() {
        return insats + (niva == null ? "" : " " + se.tillit.fel.Texter.text("pris.fel.niva", niva))
                + (omfattning == null ? "" : " " + omfattning) + " " + dag;
    }
}
