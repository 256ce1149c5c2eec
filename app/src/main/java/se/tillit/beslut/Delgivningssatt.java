package se.tillit.beslut;

/**
 * How the decision reached the person (delgivning, förvaltningslagen 33 § and delgivningslagen 2010:1932): by post,
 * fetched at the office, to a digital mailbox, or by a delgivningsman. The appeal window runs from the day (FL 44 §).
 * Names for people: {@code delgivningssatt.<name>} in the message files.
 */
public enum Delgivningssatt {
    POST,
    HAMTAT,
    DIGITAL_BREVLADA,
    DELGIVNINGSMAN
}
