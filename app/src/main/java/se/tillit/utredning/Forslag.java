package se.tillit.utredning;

/**
 * The investigation's proposal for one applied insats: what the handläggare proposes the decision to be, and why.
 *
 * @param insatstyp a {@code se.tillit.beslut.Insats} code (shown by its message key {@code insats.<code>})
 * @param utfall a {@code se.tillit.beslut.Beslutsutfall} code: BIFALL, DELVIS_BIFALL or AVSLAG
 */
public record Forslag(String insatstyp, String utfall, String motivering) {

    /** An avslag or a delvis bifall goes the person against: the basis is communicated first (FL 25 §). */
    public boolean ogynnsamt() {
        return "AVSLAG".equals(utfall) || "DELVIS_BIFALL".equals(utfall);
    }
}
