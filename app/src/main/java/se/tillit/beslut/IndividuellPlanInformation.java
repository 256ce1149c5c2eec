package se.tillit.beslut;

/**
 * How the person was told of the right to an individuell plan (LSS 10 §, R21) when an LSS insats was granted: the
 * decision page requires one for every favourable LSS decision ("Alla som får beslut om insats från myndigheten får
 * information att de kan begära en individuell plan", 004@c48353). Names for people: {@code individuellPlanInformation.<NAME>}.
 */
public enum IndividuellPlanInformation {
    MUNTLIGT,
    SKRIFTLIGT,
    MUNTLIGT_OCH_SKRIFTLIGT
}
