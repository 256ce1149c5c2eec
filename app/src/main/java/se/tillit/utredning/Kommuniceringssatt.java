package se.tillit.utredning;

/** How the basis was sent to the person; the reply deadline depends on it (table kommuniceringsfrist). */
public enum Kommuniceringssatt {
    POST,
    DIGITAL,
    PERSONLIGEN
}
