package se.tillit.arende;

/** Why a case closed: a controlled vocabulary (R13). */
public enum Avslutsorsak {
    /** The aktualisering did not lead to an investigation. */
    LEDER_INTE_TILL_UTREDNING,
    /** The investigation ended without a favourable decision to execute. */
    UTREDNING_AVSLUTAD_UTAN_INSATS,
    /** Every decision of the case has ended. */
    INSATSER_AVSLUTADE,
    /** The person withdrew the application. */
    ANSOKAN_ATERKALLAD,
    /** The person moved to another municipality. */
    FLYTT_TILL_ANNAN_KOMMUN,
    /** The person died. */
    AVLIDEN
}
