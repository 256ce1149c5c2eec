package se.tillit.lexsarah.internal;

/** Where a report is: the steps of the process lexsarah. */
enum Status {
    /** Received; to be documented and investigated genast (27 kap. 5 §). */
    MOTTAGEN,
    /** The investigation is documented; to be assessed. */
    UTREDD,
    /** Assessed; an allvarligt one goes to IVO, any other to its measures. */
    BEDOMD,
    /** Reported to IVO with the date and IVO's diarienummer. */
    ANMALD_TILL_IVO,
    /** Closed with its measures recorded. */
    AVSLUTAD
}
