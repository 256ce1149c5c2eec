package se.tillit.verkstallighet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A favourable decision not executed within three months of the decision or of an avbrott (R22, C7, C36): the
 * record the process opened, with why it is delayed, what was offered and, once it happens, when and why it closed.
 *
 * @param enhet the authority unit that ordered the insats (the case's unit for orders older than V7)
 * @param grund BESLUT: counted from the decision; AVBROTT: from the interruption
 * @param raknasFran the decision date or the first day of the avbrott
 * @param oppnad the day the three months had passed and the record was opened
 * @param stangd the day it was executed or closed, null while open
 * @param skal the current statement of the delay, null while none is recorded
 */
public record EjVerkstallt(UUID id, UUID beslutId, UUID arendeId, String arendenummer, UUID personId, String enhet,
        String lag, String insatstyp, LocalDate beslutsdatum, String grund, LocalDate raknasFran, LocalDate oppnad,
        LocalDate stangd, Stangningsorsak stangdOrsak, Skal skal, List<Erbjudande> erbjudanden) {

    public EjVerkstallt {
        erbjudanden = List.copyOf(erbjudanden);
    }

    public boolean oppen() {
        return stangd == null;
    }

    /**
     * Why the decision is not executed, the consequences for the person and the interim measures (C36).
     *
     * @param utforaren the reason is the provider's, carried over from the order ("cannot start yet"); the consequences
     *        and interim measures stay the handläggare's
     */
    public record Skal(Drojsmalsorsak orsak, String orsakText, String konsekvenser, String tillfalligaInsatser,
            OffsetDateTime registrerad, String registreradAv, boolean utforaren) {
    }

    /**
     * An offer and the person's answer, null until given.
     *
     * @param skal the person's reason for declining
     */
    public record Erbjudande(UUID id, LocalDate erbjudet, String vad, Svar svar, LocalDate svarDatum, String skal) {

        public boolean avbojt() {
            return svar == Svar.AVBOJT;
        }
    }

    public enum Svar { AVBOJT, ACCEPTERAT }
}
