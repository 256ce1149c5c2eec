package se.tillit.sakerhet;

/**
 * How many open cases a unit has: a unit with open cases is not deactivated. Given by the module of cases, which
 * depends on this one (the same direction as {@code person.PersonensEnheter}).
 */
public interface OppnaArendenIEnhet {

    long antal(String enhetKod);
}
