package se.tillit.sip;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One SIP of one person, handled by one municipal unit.
 *
 * @param arendeId the person's open case of the unit when the SIP was requested, or null
 * @param initiativ who asked for it
 * @param begardAv the handläggare, or the region's service account
 * @param regionEnhet the region's unit that asked, or is invited
 * @param regionKontakt the region's caller or contact, if known
 */
@Schema(
        example =
                "{\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"begard\":\"2026-11-25\",\"begardAv\":\"handlaggare.lss\",\"enhet\":\"LSS\",\"id\":\"17cf2d25-ceaf-545f-a772-1d8b20daedb8\",\"initiativ\":\"KOMMUN\",\"onskan\":\"JA\",\"onskanDatum\":\"2026-11-27\",\"personId\":\"4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6\",\"regionEnhet\":\"Vårdcentralen Norr\",\"regionKontakt\":\"Distriktssköterska, 010-123 45 67\",\"steg\":\"MOTE\"}")
public record Sip(
        UUID id,
        UUID personId,
        String enhet,
        UUID arendeId,
        Huvudman initiativ,
        LocalDate begard,
        String begardAv,
        String regionEnhet,
        String regionKontakt,
        Onskan onskan,
        LocalDate onskanDatum,
        Sipsteg steg,
        LocalDate avslutad,
        Sipavslut avslutsorsak) {

    public boolean oppen() {
        return steg != Sipsteg.AVSLUTAD;
    }
}
