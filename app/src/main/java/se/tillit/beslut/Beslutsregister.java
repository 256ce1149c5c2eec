package se.tillit.beslut;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

public interface Beslutsregister {

    /** Records a decision on an open case by a handläggare of its unit, and starts its process. */
    Beslut fatta(UUID arendeId, NyttBeslut beslut);

    /**
     * Takes the decisions of one decision page, each by the delegationsordning: when the user may take every one of
     * them, they are recorded, their processes started and the letter written, in one transaction; otherwise nothing is
     * decided and the whole page goes as a proposal to the level the most demanding row needs. A page submitted before
     * (the same {@code formularId}) does nothing again.
     *
     * @throws se.tillit.fel.Valideringsfel with the rows' fields as {@code beslut[i].falt}
     */
    Beslutsresultat fattaFlera(Beslutstillfalle tillfalle);

    /** The open proposal of a case, if a handläggare has left one for the chef. */
    Optional<Beslutsforslag> oppetForslag(UUID arendeId);

    /** The decision letters of a case, oldest first. */
    java.util.List<Beslutsbrev> brevForArende(UUID arendeId);

    Optional<Beslutsbrev> brev(UUID brevId);

    /** The decisions a letter tells of. */
    java.util.List<Beslut> forBrev(UUID brevId);

    /** The letter's bytes as stored when it was written. */
    byte[] brevetsPdf(UUID brevId);

    /** The person has been notified (delgivning): the appeal window starts (C6). The way is not known. */
    default Beslut registreraDelgivning(UUID beslutId, LocalDate delgivningsdatum) {
        registreraDelgivning(beslutId, delgivningsdatum, null);
        return hitta(beslutId).orElseThrow();
    }

    /**
     * The person has been notified (delgivning) on the day, in the way (null: not given, as the API allows): the appeal
     * window starts (C6). The same delgivning again is {@link Registrering#REDAN_REGISTRERAD}; another one is refused.
     */
    Registrering registreraDelgivning(UUID beslutId, LocalDate delgivningsdatum, Delgivningssatt satt);

    /**
     * An appeal came in. In time (rättidsprövning against the window): omprövning follows. Late: recorded
     * and to be dismissed (avvisas, FL 45 §). The same appeal (same decision, same day) again returns the one recorded.
     */
    Overklagande registreraOverklagande(UUID beslutId, LocalDate inkom);

    /** The handläggare's decision to dismiss (avvisa) a late appeal (FL 45 §). */
    Registrering avvisaOverklagande(UUID overklagandeId, LocalDate datum);

    /** The omprövning of an appealed decision (FL 38–39 §§), with its reasons; completes the process's task. */
    Registrering registreraOmprovning(
            UUID overklagandeId, Omprovningsutfall utfall, String motivering, LocalDate datum);

    /** The appeal was forwarded to the förvaltningsrätt (FL 46 §), with the court's case number when known. */
    Registrering registreraOverlamnande(UUID overklagandeId, LocalDate overlamnat, String malnummer);

    /** The municipality's target day for forwarding, as the process computed it from the table bevakningsfrist. */
    void sattOverlamnandefrist(UUID overklagandeId, LocalDate frist);

    /** The decision the judgment called for ({@link Domstolsutfall#BIFALLET}) was taken: a decision of the same case. */
    Registrering registreraBeslutEnligtDom(UUID overklagandeId, UUID nyttBeslutId);

    /** The last day of the appeal window, as the process computed it from the table bevakningsfrist. */
    void sattOverklagandefrist(UUID beslutId, LocalDate overklagandefrist);

    void registreraLagaKraft(UUID beslutId, LocalDate lagaKraft);

    /**
     * The outcome of the omprövning as a process of an earlier version recorded it from its form (before the decision's
     * page did); sets it only where nothing is recorded.
     */
    void registreraOmprovningFranProcessen(UUID overklagandeId, String omprovning);

    /** The court's outcome (BIFALLET, AVSLAGET, UNDANROJT). The same judgment again is a repeat; another one is refused. */
    default void registreraDomslut(UUID overklagandeId, String utfall, LocalDate domDatum) {
        registreraDomslut(overklagandeId, utfall, domDatum, null);
    }

    Registrering registreraDomslut(UUID overklagandeId, String utfall, LocalDate domDatum, String malnummer);

    Optional<Beslut> hitta(UUID beslutId);

    /** The decision with everything recorded about it, for its page; who may read it is the caller's check. */
    Optional<Beslutsakt> akt(UUID beslutId);

    /** The decision an appeal is of. */
    Optional<UUID> beslutForOverklagande(UUID overklagandeId);

    java.util.List<Beslut> forArende(UUID arendeId);

    /** These decisions, in one query, in no particular order (the statistics for Socialstyrelsen, issue 19). */
    java.util.List<Beslut> hittaAlla(java.util.Collection<UUID> beslutIds);

    /** The decisions of all these cases, in one query (the monthly gallring proposal, issue 18); the caller checks access. */
    java.util.List<Beslut> forArenden(java.util.Collection<UUID> arendeIds);

    /**
     * Per case, the latest day anything was recorded in this module about it: a decision taken, notified or final, a
     * letter, an appeal and the court's judgment, a placement, its reviews and its end, the end of an insats, an LSS
     * individuell plan and its reviews. The last entry of a person's file counts from it (SoL 16 kap. 1 §, issue 18). A
     * case with nothing here is left out.
     */
    java.util.Map<UUID, LocalDate> senasteAnteckning(java.util.Collection<UUID> arendeIds);

    /**
     * R20: of the persons given, those who on the date have a favourable decision (bifall, delvis bifall) in force
     * (decided, valid from, not past giltig tom) in a case of one of the units that was not closed before the date. Asked
     * about the few persons with regional insatser, it reads their cases only, not every decision of the units' history.
     */
    java.util.Set<UUID> personerMedGynnandeBeslut(
            LocalDate datum, java.util.Collection<String> enheter, java.util.Collection<UUID> bland);

    @Schema(
            example =
                    "{\"beslutId\":\"8c3e5a17-9d2b-4e6f-a0c4-5b7d9e1f2a3c\",\"iRattTid\":true,\"id\":\"b891a3bc-9a95-592b-8353-5221093aaf90\",\"inkom\":\"2026-12-09\",\"overklagandefrist\":\"2026-12-17\"}")
    record Overklagande(UUID id, UUID beslutId, LocalDate inkom, boolean iRattTid, LocalDate overklagandefrist) {}
}
