package se.tillit.verkstallighet;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(
        example =
                "{\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"arendenummer\":\"2026-900042\",\"beslutId\":\"8c3e5a17-9d2b-4e6f-a0c4-5b7d9e1f2a3c\",\"beslutsdatum\":\"2026-05-12\",\"enhet\":\"LSS\",\"erbjudanden\":[{\"erbjudet\":\"2026-09-15\",\"id\":\"d39ce754-8dca-5b7e-847c-fba010fe83d8\",\"svar\":\"AVBOJT\",\"svarDatum\":\"2026-09-22\",\"vad\":\"Plats i gruppbostaden Lärkan, Storgatan 12\",\"skal\":\"Personen vill bo kvar nära sin dagliga verksamhet.\"}],\"grund\":\"BESLUT\",\"id\":\"265c1099-0542-5259-8eb4-5afa8deb5482\",\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"lag\":\"LSS\",\"oppnad\":\"2026-08-13\",\"personId\":\"4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6\",\"raknasFran\":\"2026-05-12\",\"skal\":{\"konsekvenser\":\"Personen bor kvar hos föräldrarna, som får avlösning två kvällar i veckan.\",\"orsak\":\"BRIST_PA_PLATS\",\"orsakText\":\"Ingen ledig plats i kommunens gruppbostäder före mars.\",\"registrerad\":\"2026-08-14T10:20:00+02:00\",\"registreradAv\":\"handlaggare.lss\",\"tillfalligaInsatser\":\"Korttidsvistelse en helg i månaden och utökad avlösarservice.\",\"utforaren\":false}}")
public record EjVerkstallt(
        UUID id,
        UUID beslutId,
        UUID arendeId,
        String arendenummer,
        UUID personId,
        String enhet,
        String lag,
        String insatstyp,
        LocalDate beslutsdatum,
        String grund,
        LocalDate raknasFran,
        LocalDate oppnad,
        LocalDate stangd,
        Stangningsorsak stangdOrsak,
        Skal skal,
        List<Erbjudande> erbjudanden) {

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
    public record Skal(
            Drojsmalsorsak orsak,
            String orsakText,
            String konsekvenser,
            String tillfalligaInsatser,
            OffsetDateTime registrerad,
            String registreradAv,
            boolean utforaren) {}

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

    public enum Svar {
        AVBOJT,
        ACCEPTERAT
    }
}
