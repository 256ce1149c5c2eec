package se.tillit.sip;

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
public record Sip(UUID id, UUID personId, String enhet, UUID arendeId, Huvudman initiativ, LocalDate begard,
        String begardAv, String regionEnhet, String regionKontakt, Onskan onskan, LocalDate onskanDatum, Sipsteg steg,
        LocalDate avslutad, Sipavslut avslutsorsak) {

    public boolean oppen() {
        return steg != Sipsteg.AVSLUTAD;
    }
}
