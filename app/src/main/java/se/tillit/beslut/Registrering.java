package se.tillit.beslut;

/**
 * What registering a step did: recorded it now, or found the same step already recorded (a repeated request, a double
 * click): nothing is done twice, and the caller can say so.
 */
public enum Registrering {
    REGISTRERAD,
    REDAN_REGISTRERAD
}
