package se.tillit.utredning;

/**
 * When the basis need not be communicated before a decision that goes the person against (förvaltningslagen
 * 2017:900 25 §): it is obviously unnecessary, it could make the decision considerably harder to carry out, or
 * the decision cannot wait. Shown by the message key {@code kommuniceringsundantag.<name>}.
 */
public enum Kommuniceringsundantag {
    UPPENBART_OBEHOVLIGT,
    SVARARE_GENOMFORA,
    BRADSKANDE
}
