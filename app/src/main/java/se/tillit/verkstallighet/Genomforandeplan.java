package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One version of the provider's genomförandeplan for an order (R18; SOSFS 2014:5 6 kap., HSLF-FS 2016:89): how the
 * insats is carried out, and in structured fields whether and how the person took part. The first version is the plan
 * set after the start; a revision is the next version, the earlier ones kept.
 *
 * @param insatstyp the order's insats, for the reader who sees several plans of a case
 * @param hur how the person took part; empty only when the person declined
 * @param alternativ the documented alternative when the person declined (how their views were otherwise obtained), else null
 * @param faststalld the day the plan was set with the person
 * @param foljsUpp when the plan is followed up
 */
public record Genomforandeplan(
        UUID id,
        UUID beslutId,
        String insatstyp,
        int version,
        String genomforande,
        Deltagande deltog,
        List<Delaktighetssatt> hur,
        String alternativ,
        LocalDate faststalld,
        LocalDate foljsUpp,
        OffsetDateTime registrerad,
        String registreradAv) {

    public Genomforandeplan {
        hur = List.copyOf(hur);
    }

    /** Whether the person took part in making the plan. */
    public enum Deltagande {
        JA,
        DELVIS,
        /** Declined: the plan needs a documented alternative before it is set (R18). */
        NEJ_AVBOJDE
    }

    /** How the person took part (or, when declined, may still have been heard). */
    public enum Delaktighetssatt {
        SAMTAL,
        MOTE,
        FORETRADARE,
        SKRIFTLIGT,
        ALTERNATIV_KOMMUNIKATION,
        ANNAT
    }

    /** What the KPI counts as a plan showing participation (R19): the person took part, and the plan says how. */
    public boolean visarDelaktighet() {
        return deltog != Deltagande.NEJ_AVBOJDE && !hur.isEmpty();
    }

    /** What the provider writes: a new plan, or the next version of one. */
    public record Utkast(
            String genomforande,
            Deltagande deltog,
            List<Delaktighetssatt> hur,
            String alternativ,
            LocalDate faststalld,
            LocalDate foljsUpp) {

        public Utkast {
            hur = hur == null ? List.of() : List.copyOf(hur);
        }
    }
}
