package se.tillit.sip;

/** Who gave the consent: the person, or their legal representative (god man, förvaltare, vårdnadshavare). */
public enum Samtyckesgivare {
    PERSONEN,
    FORETRADARE
}
