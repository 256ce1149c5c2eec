package se.tillit.revision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the auditor's pages read of the records (issue 20): a case by id, number or person, and the entries its records
 * make in the timeline (registrations, investigations, decisions, their execution and follow-up, documents, e-mails).
 * The port is revision's; {@code oversikt} implements it, as it reads the modules that keep the records. Revision
 * cannot read them itself: nearly all of them write its access log, and a dependency back would be a cycle.
 */
public interface Revisionsunderlag {

    Optional<Arendet> arende(UUID id);

    Optional<Arendet> medNummer(String arendenummer);

    /**
     * The person with this personnummer or samordningsnummer, if registered.
     *
     * @throws OgiltigtPersonnummer when the text is not one
     */
    Optional<UUID> person(String personnummer);

    List<Arendet> forPerson(UUID personId);

    /** The case's records as entries of the timeline, in the order they are to keep within one moment. */
    List<Tidslinjepost> poster(Arendet arende);

    /**
     * A case as the auditor's pages name it.
     *
     * @param arendetyp the case type's code (LSS, SOL_VUXEN, ...), named by the message {@code arendetyp.<code>}
     * @param enhet the unit's code
     */
    record Arendet(UUID id, String arendenummer, UUID personId, String arendetyp, String enhet) {}

    /** The text searched for is not a personnummer or samordningsnummer. */
    final class OgiltigtPersonnummer extends RuntimeException {

        public OgiltigtPersonnummer(Throwable orsak) {
            super(orsak.getMessage(), orsak);
        }
    }
}
