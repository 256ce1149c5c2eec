package se.tillit.sip;

/** Why a SIP was closed. */
public enum Sipavslut {
    /** The person does not want a SIP, or does not consent: recorded, never dropped (G11). */
    AVBOJD,
    /** The person withdrew the consent: nothing more is shared, the SIP ends. */
    SAMTYCKE_ATERKALLAT,
    /** The follow-up found the plan done. */
    UPPFOLJD
}
