package se.tillit.barn;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The reporter's information and the follow-ups of a child's case (issue 17). */
public interface Barnfrister {

    /** The case's requests from reporters, oldest first; who may read them is the caller's check. */
    List<Anmalarinformation> anmalarinformation(UUID arendeId);

    /** The case's follow-ups, oldest first; who may read them is the caller's check. */
    List<Barnuppfoljning> uppfoljningar(UUID arendeId);

    /**
     * Per case, the latest day recorded about a reporter's request, a follow-up (often after the case closed) or the offer
     * of support to a placed child's parents (R10). The last entry of a person's file counts from it (SoL 16 kap. 1 §,
     * issue 18). A case with none of them is left out.
     */
    java.util.Map<UUID, LocalDate> senasteAnteckning(java.util.Collection<UUID> arendeIds);

    /**
     * A handläggare of the unit registers a reporter's request about an anmälan of a child's case (19 kap. 6 §). The
     * week runs from the decision to open an investigation or not, also for a request that came before it: the clock
     * then starts when the decision is taken (law-and-peers.md C1 item 3). A request more than a week after the
     * decision, or while an investigation is already running, is answered at once.
     *
     * @throws se.tillit.fel.Valideringsfel not an anmälan of the case, a day in the future or before the anmälan
     */
    Anmalarinformation registreraBegaran(UUID arendeId, UUID aktualiseringId, LocalDate begaranInkom);

    /**
     * The information was given (the day, how): the request's task is done. Again the same: nothing happens twice.
     * Refused before the decision it is about is taken.
     */
    void registreraLamnad(UUID begaranId, LocalDate lamnad, Informationssatt satt);

    /**
     * The follow-up ended on the day: made ({@link Uppfoljningsutfall#GENOMFORD}, with what it found), or not for this
     * child ({@link Uppfoljningsutfall#INTE_AKTUELL}, with why; refused after care under LVU).
     */
    void avslutaUppfoljning(UUID uppfoljningId, LocalDate avslutad, Uppfoljningsutfall utfall, String motivering);
}
