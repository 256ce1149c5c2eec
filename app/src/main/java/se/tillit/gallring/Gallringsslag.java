package se.tillit.gallring;

/**
 * The kinds of record in a person's file that the gallring rules tell apart (the table {@code gallring}'s input
 * {@code slag}). A case has one or more; {@link #ARENDE} when no other applies.
 */
public enum Gallringsslag {
    /** Any other record of a case: five years after the file's last entry (SoL 16 kap. 1 §, LSS 21 c–d §§). */
    ARENDE,
    /** A child's case where the nämnd decided not to open an investigation (16 kap. 2 a § second paragraph). */
    EJ_INLEDD_UTREDNING,
    /** An investigation of a child's need of protection or support (16 kap. 2 a §: not before the person turns 30). */
    BARNAVARDSUTREDNING,
    /** A child's placement outside the home (16 kap. 2 §: never). */
    PLACERING_BARN,
    /** Adoption (16 kap. 2 §: never); no case type of Tillit makes it yet. */
    ADOPTION,
    /** An investigation of paternity or parenthood (16 kap. 2 §: never); no case type of Tillit makes it yet. */
    FADERSKAP_FORALDRASKAP,
    /** A child's housing under LSS 9 § 8 (LSS 21 c–d §§: never). */
    LSS_BOENDE_BARN,
    /** An agreement on custody, residence or contact (16 kap. 3 §: not before 18); no case type makes it yet. */
    VARDNADSAVTAL
}
