package se.tillit.beslut;

/**
 * The outcome of the omprövning of an appealed decision (förvaltningslagen 38–39 §§). Changed entirely as the person
 * asks: the appeal lapses (FL 45 § andra stycket); otherwise it is forwarded to the court. Names for people:
 * {@code omprovningsutfall.<name>}.
 */
public enum Omprovningsutfall {
    ANDRAT_HELT,
    ANDRAT_DELVIS,
    INTE_ANDRAT
}
