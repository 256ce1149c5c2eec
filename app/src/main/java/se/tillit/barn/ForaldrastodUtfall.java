package se.tillit.barn;

/**
 * What became of the offer of a support contact to the parents of a placed child (R10; SoL 2025:400 22 kap. 10 §):
 * offered and accepted or declined, or not offered and why. Names in the message files (barn.foraldrastod.utfall.*).
 */
public enum ForaldrastodUtfall {
    ERBJUDET_ACCEPTERAT,
    ERBJUDET_AVBOJT,
    /** Not offered: the parents could not be reached. */
    FORALDRARNA_NADDES_INTE,
    /** Not offered: the parents already have a support contact. */
    STOD_FINNS_REDAN;

    /** The parents were offered a support contact (accepted or declined). */
    public boolean erbjudet() {
        return this == ERBJUDET_ACCEPTERAT || this == ERBJUDET_AVBOJT;
    }
}
