package se.tillit.sakerhet;

/** A unit of the social services: an authority unit, a provider, the committee or the administration. */
public record Enhet(String kod, String namn, Enhetstyp typ) {

    public enum Enhetstyp {
        FORVALTNING,
        MYNDIGHET,
        UTFORARE,
        NAMND
    }
}
