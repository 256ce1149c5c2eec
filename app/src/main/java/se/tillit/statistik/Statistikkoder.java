package se.tillit.statistik;

import java.util.Optional;

/**
 * The DMN table {@code statistikkod}: which of Socialstyrelsen's collections a decision on an insats goes to, and its
 * column or category there. Implemented in {@code motor} on the latest deployed version of the table.
 */
public interface Statistikkoder {

    /**
     * @param insats Tillit's insats type ({@code se.tillit.beslut.Insats} by name)
     * @param paragraf the paragraph of the decision's lagrum ("9 § 3")
     * @return empty when the table has no row for the question: the decision is an error to fix, never skipped
     */
    Optional<Statistikkod> kod(String insats, String paragraf);

    /** A row's answer. */
    record Statistikkod(Insamling insamling, String kod) {}

    /** The collection: the yearly LSS register, the monthly SoL collection, or neither (another collection). */
    enum Insamling {
        LSS,
        SOL,
        INGEN
    }
}
