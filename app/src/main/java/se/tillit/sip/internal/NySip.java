package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.tillit.sip.Onskan;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The municipality's request for a SIP, by a handläggare of the unit. A person not yet in the register needs first
 * and last name.
 *
 * @param onskan what the person has already said, if asked (null: not asked yet); a "no" is recorded and closes it
 * @param regionalaInsatser the region has told the handläggare that the person has insatser from it (G11)
 */
@Schema(example = "{\"efternamn\":\"Testsson\",\"enhet\":\"LSS\",\"fornamn\":\"Test\",\"onskan\":\"JA\",\"onskanDatum\":\"2026-11-27\",\"personnummer\":\"19780214-9810\",\"regionEnhet\":\"Vårdcentralen Norr\",\"regionKontakt\":\"Distriktssköterska, 010-123 45 67\",\"regionalaInsatser\":true}")
record NySip(
        @NotBlank(message = "Personnummer saknas") @Size(max = 13, message = "Personnumret är för långt") String personnummer,
        @Size(max = 100, message = "Högst 100 tecken") String fornamn,
        @Size(max = 100, message = "Högst 100 tecken") String efternamn,
        @NotBlank(message = "Enhet saknas") @Size(max = 32, message = "Okänd enhet") String enhet,
        @NotBlank(message = "Regionens enhet saknas: vem i regionen ska kallas?") @Size(max = 200, message = "Högst 200 tecken") String regionEnhet,
        @Size(max = 200, message = "Högst 200 tecken") String regionKontakt,
        Onskan onskan,
        LocalDate onskanDatum,
        boolean regionalaInsatser) {
}
