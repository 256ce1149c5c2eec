package se.tillit.utredning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The basis of a decision communicated to the person (förvaltningslagen 25 §), with the reply or its absence.
 *
 * @param svarsfrist the reply deadline from the table kommuniceringsfrist, null until the process has computed it
 * @param besvarad the day the reply came, null without one
 * @param utebliven true when it was recorded that no reply came by the deadline
 * @param svarRegistrerat when the reply (or its absence) was recorded, null while the kommunicering waits
 */
public record Kommunicering(
        UUID id,
        UUID utredningId,
        LocalDate skickad,
        Kommuniceringssatt satt,
        String vad,
        LocalDate svarsfrist,
        OffsetDateTime registrerad,
        String registreradAv,
        LocalDate besvarad,
        String sammanfattning,
        boolean utebliven,
        OffsetDateTime svarRegistrerat,
        String svarRegistreratAv) {

    public boolean vantarPaSvar() {
        return svarRegistrerat == null;
    }
}
