package se.tillit.beslut;

/**
 * The nämnd's delegationsordning (DMN {@code delegationsordning}): who may take a decision on an insats with an
 * outcome in a case type, and the delegationspunkt recorded on the decision. Implemented in {@code motor} on the
 * latest deployed version of the table.
 */
public interface Delegationsordning {

    /**
     * @throws se.tillit.fel.Valideringsfel when the table has no row for the question (an insats the municipality's
     *         order does not name): no decision is taken without a delegation
     */
    Delegering vem(String arendetyp, String insats, Beslutsutfall utfall);

    /** The lowest level that may decide, and the point of the order that says so. */
    record Delegering(Beslutsniva niva, String delegationspunkt) {}

    /** Levels in rising order: a level may take what the levels below it may. */
    enum Beslutsniva {
        HANDLAGGARE,
        CHEF,
        UTSKOTT;

        public boolean racker(Beslutsniva kravs) {
            return compareTo(kravs) >= 0;
        }
    }
}
