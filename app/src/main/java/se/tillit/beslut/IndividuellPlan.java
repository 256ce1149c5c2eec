package se.tillit.beslut;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An LSS individuell plan (LSS 10 §, R21) of a decision: requested by the person, drawn up by the unit, reviewed at
 * least once a year, ended when the person declines or withdraws it.
 *
 * @param omprovningar its reviews, oldest first
 * @param begardAv who registered the request
 * @param avslutadAv who registered its end, null while it goes on
 * @param upprattadAv who registered it drawn up; null until then, and for a plan drawn up before this was recorded
 * @param upprattadRegistrerad when that was registered (its {@code upprattad} is the day); null as {@code upprattadAv}
 */
public record IndividuellPlan(
        UUID id,
        UUID beslutId,
        LocalDate begard,
        LocalDate upprattad,
        LocalDate avslutad,
        Avslutsorsak avslutsorsak,
        List<Omprovning> omprovningar,
        String begardAv,
        String avslutadAv,
        String upprattadAv,
        OffsetDateTime upprattadRegistrerad) {

    public IndividuellPlan {
        omprovningar = List.copyOf(omprovningar);
    }

    /** A review of the plan: the day it was reviewed, and when and by whom that was registered. */
    public record Omprovning(LocalDate datum, OffsetDateTime registrerad, String registreradAv) {}

    /** Why a plan ended. Names for people: {@code individuellPlan.avslutsorsak.<NAME>}. */
    public enum Avslutsorsak {
        /** The person declined the plan before it was drawn up. */
        AVBOJD,
        /** The person withdrew the request, or no longer wants the plan. */
        ATERKALLAD
    }

    public boolean pagar() {
        return avslutad == null;
    }

    /** The last day the plan was drawn up or reviewed: the next review is counted from it. */
    public LocalDate senastOmprovad() {
        return omprovningar.isEmpty()
                ? upprattad
                : omprovningar.get(omprovningar.size() - 1).datum();
    }
}
