package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The region's request for a SIP, from its service account. Names are always required, so the answer never tells
 * the region whether the person is known to the social services.
 *
 * @param enhet the municipal unit the region asks (its code)
 * @param regionalaInsatserFran the date from which the person has insatser from the region, if the region reports it (G11)
 */
@Schema(description = "Regionens begäran om en SIP. Namnen krävs alltid, så att svaret aldrig avslöjar om personen är känd av socialtjänsten.",
        example = "{\"personnummer\":\"19780214-9810\",\"fornamn\":\"Test\",\"efternamn\":\"Testsson\",\"enhet\":\"LSS\",\"regionEnhet\":\"Vårdcentralen Norr\",\"regionKontakt\":\"Distriktssköterska, 010-123 45 67\",\"regionalaInsatserFran\":\"2026-10-01\"}")
record RegionensBegaran(
        @NotBlank(message = "Personnummer saknas") @Size(max = 13, message = "Personnumret är för långt") String personnummer,
        @NotBlank(message = "Förnamn saknas") @Size(max = 100, message = "Högst 100 tecken") String fornamn,
        @NotBlank(message = "Efternamn saknas") @Size(max = 100, message = "Högst 100 tecken") String efternamn,
        @NotBlank(message = "Kommunens enhet saknas") @Size(max = 32, message = "Okänd enhet") String enhet,
        @NotBlank(message = "Regionens enhet saknas") @Size(max = 200, message = "Högst 200 tecken") String regionEnhet,
        @NotBlank(message = "Regionens kontaktperson saknas") @Size(max = 200, message = "Högst 200 tecken") String regionKontakt,
        LocalDate regionalaInsatserFran) {
}
