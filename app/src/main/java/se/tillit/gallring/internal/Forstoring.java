package se.tillit.gallring.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One attempt to destroy what a confirmed run found due in one person's file (V52 {@code gallringsforstoring}): in the
 * person's transaction, or, when that failed and was rolled back, recorded afterwards with the reason. Names the person
 * and the cases by id only.
 *
 * @param personenGallrad the person row itself went: no case of theirs was left and nothing else named them
 * @param loggrader the access-log rows pseudonymised
 * @param orsak why it failed ({@link se.tillit.gallring.Gallringshinder} codes, {@link #OVANTAT_FEL}), or why the person
 *        row stays ({@link #ARENDEN_KVAR}, {@link #LEX_SARAH}, {@link #SIP}); null otherwise
 * @param detalj the failure's detail (ids, the database's or the engine's message), for the administrator
 * @param arkivering the delivery to the e-archive this attempt made of the cases kept for the research sample, or null
 *        (none to deliver, all delivered before, or a failure: rolled back with the rest)
 * @param arkivarenden the cases the run kept only because of the research exemption, each delivered or why not
 */
record Forstoring(
        UUID id,
        UUID korningId,
        UUID personId,
        Utfall utfall,
        boolean personenGallrad,
        int loggrader,
        String orsak,
        String detalj,
        OffsetDateTime startad,
        OffsetDateTime klar,
        List<Arendet> arenden,
        List<Rad> rader,
        Arkivering arkivering,
        List<Arkivarende> arkivarenden) {

    static final String OVANTAT_FEL = "OVANTAT_FEL";
    /** The delivery to the e-archive failed because the outbox could not be written. */
    static final String ARKIV_UTKORG = "ARKIV_UTKORG";
    /** The delivery to the e-archive failed otherwise (the detail says how). */
    static final String ARKIVLEVERANS = "ARKIVLEVERANS";

    static final String ARENDEN_KVAR = "ARENDEN_KVAR";
    static final String LEX_SARAH = "LEX_SARAH";
    static final String SIP = "SIP";

    Forstoring {
        arenden = List.copyOf(arenden);
        rader = List.copyOf(rader);
        arkivarenden = List.copyOf(arkivarenden);
    }

    /** A failed attempt: nothing destroyed, nothing delivered. */
    static Forstoring misslyckad(
            UUID korningId, UUID personId, String orsak, String detalj, OffsetDateTime startad, OffsetDateTime klar) {
        return new Forstoring(
                UUID.randomUUID(),
                korningId,
                personId,
                Utfall.MISSLYCKAD,
                false,
                0,
                orsak,
                detalj,
                startad,
                klar,
                List.of(),
                List.of(),
                null,
                List.of());
    }

    enum Utfall {
        /** At least one case destroyed. */
        GALLRAD,
        /** Nothing destroyed after all: each case kept, with its reason. */
        BEVARAD,
        /** The person's transaction failed and was rolled back: nothing destroyed. */
        MISSLYCKAD
    }

    /**
     * A case the run found due.
     *
     * @param orsak why it was kept at the destruction: {@link #I_BRUK}, {@link #GALLRINGSSTOPP},
     *        {@link #INTE_LANGRE_FORFALLET}, {@link #FINNS_INTE}; null when destroyed
     */
    record Arendet(UUID arendeId, String arendenummer, boolean gallrat, String orsak) {

        /** The file is in use again: a case of the person is open, or something of one goes on. */
        static final String I_BRUK = "ARENDET_I_BRUK";

        static final String GALLRINGSSTOPP = "GALLRINGSSTOPP";
        /** A later entry, or a changed table, makes it due later or never. */
        static final String INTE_LANGRE_FORFALLET = "INTE_LANGRE_FORFALLET";
        /** Already gone (an earlier run's destruction). */
        static final String FINNS_INTE = "FINNS_INTE";
    }

    /**
     * The delivery of the person's research-kept cases to the e-archive (docs/adr/0025): the package's id, the ZIP's
     * SHA-256 and when, as recorded in {@code arkivleverans}.
     */
    record Arkivering(String paketId, String sha256, OffsetDateTime levererad) {}

    /**
     * A case the run kept only because of the research exemption.
     *
     * @param orsak why it was not delivered: {@link #REDAN_LEVERERAD}, {@link Arendet#GALLRINGSSTOPP},
     *        {@link Arendet#I_BRUK}, {@link #INTE_LANGRE_FORSKNING}, {@link Arendet#FINNS_INTE}; null when delivered
     */
    record Arkivarende(UUID arendeId, String arendenummer, boolean levererat, String orsak) {

        /** Delivered before (an earlier run, or on demand) and no entry since. */
        static final String REDAN_LEVERERAD = "REDAN_LEVERERAD";
        /** A later entry or a changed table: not kept for the research sample on the run's day any more. */
        static final String INTE_LANGRE_FORSKNING = "INTE_LANGRE_FORSKNING";
    }

    /** Rows of one kind destroyed for a case, or (arendeId null) for the person row and what named the person. */
    record Rad(UUID arendeId, String slag, int antal) {}

    /** The rows destroyed, all kinds. */
    public int antalRader() {
        return rader.stream().mapToInt(Rad::antal).sum();
    }

    /** The rows of one case, in the order they were destroyed. */
    public List<Rad> rader(UUID arendeId) {
        return rader.stream().filter(r -> arendeId.equals(r.arendeId())).toList();
    }

    /** The rows of the person row and what named the person outside any case. */
    public List<Rad> personensRader() {
        return rader.stream().filter(r -> r.arendeId() == null).toList();
    }
}
