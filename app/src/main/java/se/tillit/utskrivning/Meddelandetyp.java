package se.tillit.utskrivning;

/** The region's messages about a hospital stay (lag 2017:612; seed 002 §2.4). */
public enum Meddelandetyp {
    /** The patient was admitted and may need the municipality's insatser afterwards (D1). */
    INSKRIVNING,
    BERAKNAD_UTSKRIVNING_ANDRAD,
    /** The notice that the patient is ready for discharge: sent by the region, received by us (D4, D5). */
    UTSKRIVNINGSKLAR,
    INTE_LANGRE_UTSKRIVNINGSKLAR,
    /** The region's fast vårdkontakt has called the SIP meeting (D4). */
    SIP_KALLELSE,
    UTSKRIVEN,
    /** The region ended the process without a discharge to the municipality (e.g. the patient died, moved). */
    AVBROTT
}
