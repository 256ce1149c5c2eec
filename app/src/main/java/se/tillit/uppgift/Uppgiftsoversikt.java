package se.tillit.uppgift;

import java.util.List;
import java.util.UUID;

/** The open tasks of a case, for the case page. */
public interface Uppgiftsoversikt {

    List<OppenUppgift> forArende(UUID arendeId);

    /** Per assignee: [overdue, due within {@code dagar} days] of their open tasks, for the daily digest. */
    java.util.Map<String, long[]> perTilldelad(int dagar);

    /** Counts for the unit's handläggare tasks: overdue, and due within {@code dagar} days. */
    Forseningar forseningar(String enhet, int dagar);

    /**
     * The unit's open handläggare tasks behind a count: of a type (null: all), of an assignee (null: all),
     * only overdue or also those due within {@code dagar} days.
     */
    List<OppenUppgift> lista(String enhet, String uppgiftstyp, String tilldelad, boolean endastForsenade, int dagar);

    /**
     * The user's own tasks overdue and due within seven days (at most {@code max} of each, by deadline) and the number of
     * unassigned tasks they could take, with the task lists' unit, role and masking rules. Not logged: like the task
     * lists, it is the user's own work queue (docs/adr/0006).
     */
    MittArbete mittArbete(se.tillit.sakerhet.InloggadAnvandare anvandare, int max);
}
