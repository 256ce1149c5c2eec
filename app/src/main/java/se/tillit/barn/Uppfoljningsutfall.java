package se.tillit.barn;

/**
 * How a child's follow-up ended: made and ended, or not for this child. The nämnd may decide on a follow-up after an
 * investigation without insats only when the child needs support or protection and consent to an insats is lacking
 * (JO 167-2018), and after a SoL placement; after care under LVU it must (so INTE_AKTUELL is refused there).
 */
public enum Uppfoljningsutfall {
    GENOMFORD,
    INTE_AKTUELL
}
