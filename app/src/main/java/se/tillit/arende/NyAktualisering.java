package se.tillit.arende;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A matter that has come in. The person is named by personnummer; for a person not yet in the register,
 * first and last name are needed too.
 */
@Schema(description = "En ansökan, anmälan eller aktualisering på annat sätt. En person som inte finns i personregistret behöver också förnamn och efternamn.",
        example = "{\"personnummer\":\"19620830-9838\",\"arendetyp\":\"LSS\",\"typ\":\"ANSOKAN\",\"inkom\":\"2026-11-24T09:00:00+01:00\",\"orsakskod\":\"ANSOKAN_INSATS\",\"beskrivning\":\"Ansökan om bostad med särskild service.\",\"enhet\":\"LSS\"}")
public record NyAktualisering(
        @NotBlank(message = "Personnummer saknas") @Size(max = 13, message = "Personnumret är för långt") String personnummer,
        @Size(max = 100, message = "Förnamnet får ha högst 100 tecken") String fornamn,
        @Size(max = 100, message = "Efternamnet får ha högst 100 tecken") String efternamn,
        @NotNull(message = "Ärendetyp saknas") Arendetyp arendetyp,
        @NotNull(message = "Typ saknas: ANSOKAN, ANMALAN eller ANNAT_SATT") Aktualiseringstyp typ,
        @NotNull(message = "Tidpunkten då ärendet inkom saknas") @PastOrPresent(message = "Kan inte ha inkommit i framtiden") OffsetDateTime inkom,
        @NotBlank(message = "Orsakskod saknas") @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "Orsakskoden ska vara 1–40 tecken A–Z, 0–9 eller _") String orsakskod,
        @Size(max = 4000, message = "Beskrivningen får ha högst 4000 tecken") String beskrivning,
        @Size(max = 40, message = "Anmälartypen får ha högst 40 tecken") String anmalartyp,
        @NotBlank(message = "Enhet saknas") @Size(max = 32, message = "Okänd enhet") String enhet) {
}
