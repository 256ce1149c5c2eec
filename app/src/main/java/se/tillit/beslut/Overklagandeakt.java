package se.tillit.beslut;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An appeal of a decision and each step of it, with who recorded the step (FL 44–46 §§, R33).
 *
 * @param iRattTid the rättidsprövning (FL 45 §): arrived on or before the last day of the appeal window
 * @param avvisat the day the handläggare decided to dismiss a late appeal, or null
 * @param overlamnasSenast the municipality's target for forwarding (table bevakningsfrist OVERLAMNANDE), or null before
 *        the omprövning
 * @param malnummer the court's case number, when known
 * @param nyttBeslutId the decision taken according to the judgment, or null
 */
public record Overklagandeakt(
        UUID id,
        UUID beslutId,
        LocalDate inkom,
        boolean iRattTid,
        String registreradAv,
        LocalDate avvisat,
        String avvisatAv,
        Omprovningsutfall omprovning,
        LocalDate omprovad,
        String omprovningMotivering,
        String omprovadAv,
        LocalDate overlamnasSenast,
        LocalDate overlamnat,
        String overlamnatAv,
        String malnummer,
        Domstolsutfall domstolensUtfall,
        LocalDate domDatum,
        String domRegistreradAv,
        UUID nyttBeslutId) {

    /** A late appeal is recorded and to be dismissed (avvisas); it never enters the process. */
    public boolean attAvvisa() {
        return !iRattTid && avvisat == null;
    }

    /** Reconsidered and not changed entirely: goes to the court. */
    public boolean tillDomstolen() {
        return omprovning != null && omprovning != Omprovningsutfall.ANDRAT_HELT;
    }

    public boolean vantarPaOmprovning() {
        return iRattTid && omprovning == null;
    }

    public boolean vantarPaOverlamnande() {
        return tillDomstolen() && overlamnat == null;
    }

    public boolean vantarPaDomslut() {
        return overlamnat != null && domstolensUtfall == null;
    }

    public boolean vantarPaNyttBeslut() {
        return domstolensUtfall == Domstolsutfall.BIFALLET && nyttBeslutId == null;
    }
}
