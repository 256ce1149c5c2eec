package se.tillit.verkstallighet;

/**
 * Why a favourable decision is not executed: a controlled vocabulary (ADR 10), with free text beside it. ANNAN
 * needs the free text.
 */
public enum Drojsmalsorsak {
    /** No free place or dwelling (särskilt boende, bostad med särskild service). */
    BRIST_PA_PLATS,
    /** The provider lacks staff. */
    BRIST_PA_PERSONAL,
    /** No suitable provider or uppdragstagare (a kontaktperson, a family home). */
    UTFORARE_SAKNAS,
    /** The person declined what was offered; the record stays open (C21). */
    ENSKILD_AVBOJT,
    /** The person asked to wait (under LOV a requested postponement: no särskild avgift, 34 kap. 6 §). */
    ENSKILD_ONSKAR_VANTA,
    /** The person waits for a particular provider or place. */
    ENSKILD_ONSKAR_ANNAN_UTFORARE,
    ANNAN
}
