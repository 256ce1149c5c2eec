package se.tillit.beslut;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything recorded about one decision, for its page: the decision with its motivering, how it was served
 * (delgivning) and by whom, and its appeals oldest first.
 *
 * @param delgivningssatt null for a delgivning registered without it (the API's field is optional)
 * @param individuellPlanInformation how the person was told of the right to an individuell plan (LSS 10 §), null
 *        when not recorded (an SoL decision, or an LSS decision through the API without it)
 * @param registrerad when the decision was recorded in the system (its {@code beslutsdatum} is the day it was taken)
 */
public record Beslutsakt(
        Beslut beslut,
        String motivering,
        boolean overklagandehanvisning,
        Delgivningssatt delgivningssatt,
        String delgivningRegistreradAv,
        List<Overklagandeakt> overklaganden,
        IndividuellPlanInformation individuellPlanInformation,
        OffsetDateTime registrerad) {

    public boolean delgivet() {
        return beslut.delgivningsdatum() != null;
    }

    /** An appeal may be registered once the decision is served, unless one in time is already being handled. */
    public boolean kanOverklagas() {
        return delgivet() && overklaganden.stream().noneMatch(Overklagandeakt::iRattTid);
    }
}
