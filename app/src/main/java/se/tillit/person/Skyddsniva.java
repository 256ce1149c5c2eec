package se.tillit.person;

/** Protected personal data (skyddade personuppgifter), as Skatteverket marks it. */
public enum Skyddsniva {
    INGEN,
    /** Sekretessmarkering (Navet term 01003). */
    SEKRETESSMARKERING,
    /** Skyddad folkbokföring (Navet term 01020; replaced kvarskrivning 2019). */
    SKYDDAD_FOLKBOKFORING,
    /** Fingerade personuppgifter (an assumed identity). */
    FINGERADE_PERSONUPPGIFTER;

    public boolean arSkyddad() {
        return this != INGEN;
    }
}
