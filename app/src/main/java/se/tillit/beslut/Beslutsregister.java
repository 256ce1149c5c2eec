package se.tillit.beslut;

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

    /** The letter's bytes as stored when it was written. */
    byte[] brevetsPdf(UUID brevId);

    /** The person has been notified (delgivning): the appeal window starts (C6). */
    Beslut registreraDelgivning(UUID beslutId, LocalDate delgivningsdatum);

    /**
     * An appeal came in. In time (rättidsprövning against the window): omprövning follows. Late: recorded
     * and to be dismissed (avvisas, FL 45 §).
     */
    Overklagande registreraOverklagande(UUID beslutId, LocalDate inkom);

    /** The last day of the appeal window, as the process computed it from the table bevakningsfrist. */
    void sattOverklagandefrist(UUID beslutId, LocalDate overklagandefrist);

    void registreraLagaKraft(UUID beslutId, LocalDate lagaKraft);

    void registreraOmprovning(UUID overklagandeId, String omprovning, LocalDate overlamnat);

    void registreraDomslut(UUID overklagandeId, String utfall, LocalDate domDatum);

    Optional<Beslut> hitta(UUID beslutId);

    java.util.List<Beslut> forArende(UUID arendeId);

    /**
     * R20: the persons who on the date have a favourable decision (bifall, delvis bifall) in force (decided, valid
     * from, not past giltig tom) in a case of one of the units that was not closed before the date.
     */
    java.util.Set<UUID> personerMedGynnandeBeslut(LocalDate datum, java.util.Collection<String> enheter);

    record Overklagande(UUID id, UUID beslutId, LocalDate inkom, boolean iRattTid, LocalDate overklagandefrist) {
    }
}
