package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * G11: the region reports that a person has insatser from it, from a date (to a date, if ended). Names are required
 * for the same reason as on a request: the answer never tells whether the person is known here.
 */
@Schema(description = "Regionen rapporterar att personen har insatser från regionen från ett datum, till ett datum om de upphört (G11).",
        example = "{\"personnummer\":\"19780214-9810\",\"fornamn\":\"Test\",\"efternamn\":\"Testsson\",\"regionEnhet\":\"Vårdcentralen Norr\",\"fran\":\"2026-10-01\"}")
record RegionalaInsatser(
        @NotBlank(message = "Personnummer saknas") @Size(max = 13, message = "Personnumret är för långt") String personnummer,
        @NotBlank(message = "Förnamn saknas") @Size(max = 100, message = "Högst 100 tecken") String fornamn,
        @NotBlank(message = "Efternamn saknas") @Size(max = 100, message = "Högst 100 tecken") String efternamn,
        @NotBlank(message = "Regionens enhet saknas") @Size(max = 200, message = "Högst 200 tecken") String regionEnhet,
        @NotNull(message = "Från-datum saknas") LocalDate fran,
        LocalDate till) {
}
