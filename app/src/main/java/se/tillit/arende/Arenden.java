package se.tillit.arende;

import java.util.Optional;
import java.util.UUID;

/** The case use cases the processes and the API call. */
public interface Arenden {

    /** Registers an aktualisering: a new case, or the person's open case of the same type. */
    RegistreradAktualisering registrera(NyAktualisering aktualisering, String registreradAv);

    /**
     * An aktualisering sent by another system through its service account (the region's inskrivningsmeddelande,
     * issue 5/7), which the calling endpoint has checked: there is no handläggare of the unit behind it, so the
     * unit check of {@link #registrera} is replaced by that. Otherwise the same: the person is registered if new, an
     * open case of the type is joined (R14).
     */
    RegistreradAktualisering registreraFranAnnatSystem(NyAktualisering ny, String system);

    Optional<Arende> hitta(UUID arendeId);

    /** The case's aktualiseringar, oldest first. */
    java.util.List<Aktualisering> aktualiseringar(UUID arendeId);

    Optional<Arende> hittaMedNummer(String arendenummer);

    /** All the person's cases, open and closed, newest first. */
    java.util.List<Arende> hittaForPerson(UUID personId);

    /** The person's cases of a type, open and closed. */
    java.util.List<Arende> hittaForPerson(UUID personId, Arendetyp typ);

    /**
     * The cases of all these persons, open and closed, in one query: for jobs that go through many persons' files (the
     * monthly gallring proposal, issue 18). Who may read them is the caller's check.
     */
    java.util.List<Arende> hittaForPersoner(java.util.Collection<UUID> personIds);

    /** The aktualiseringar of each of these cases, oldest first, in one query; a case without any is left out. */
    java.util.Map<UUID, java.util.List<Aktualisering>> aktualiseringar(java.util.Collection<UUID> arendeIds);

    /**
     * Records what the aktualisering led to (R01, R02), publishing {@link AktualiseringBedomd}. Recording the same
     * outcome twice is harmless.
     */
    void registreraUtfall(UUID aktualiseringId, Utfall utfall, String motivering, String av);

    /** Closes the case with a reason from the controlled vocabulary (R13). Closing a closed case is harmless. */
    void avsluta(UUID arendeId, Avslutsorsak orsak, String av);

    /**
     * Extends a child anmälan's förhandsbedömning past 14 days, with the synnerliga skäl recorded (C2), by a
     * handläggare or chef of the unit.
     */
    void forlangForhandsbedomning(UUID aktualiseringId, ForlangningAvForhandsbedomning forlangning);

    /**
     * A handläggare or chef of the unit closes the case after its investigation (R13); its process ends.
     *
     * @throws se.tillit.fel.Valideringsfel when the case is already closed or its process cannot close yet
     */
    Arende avslutaPaBegaran(UUID arendeId, Avslutsorsak orsak);

    /** The förlängningar of an aktualisering's förhandsbedömning, oldest first. The caller checks access. */
    java.util.List<ForlangdForhandsbedomning> forlangningarAvForhandsbedomning(UUID aktualiseringId);
}
