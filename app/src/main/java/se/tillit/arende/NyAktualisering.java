package se.tillit.arende;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A matter that has come in. The person is named by personnummer; for a person not yet in the register,
 * first and last name are needed too.
 */
@Schema(
        description =
                "En ansökan, anmälan eller aktualisering på annat sätt. En person som inte finns i personregistret behöver också förnamn och efternamn.",
        example =
                "{\"personnummer\":\"19620830-9838\",\"arendetyp\":\"LSS\",\"typ\":\"ANSOKAN\",\"inkom\":\"2026-11-24T09:00:00+01:00\",\"orsakskod\":\"ANSOKAN_INSATS\",\"beskrivning\":\"Ansökan om bostad med särskild service.\",\"enhet\":\"LSS\"}")
public record NyAktualisering(
        @NotBlank(message = "{fel.personnummerSaknas}") @Size(max = 13, message = "{fel.personnumretArForLangt}")
        String personnummer,

        @Size(max = 100, message = "{arende.fel.fornamnetFarHaHogst100Tecken}")
        String fornamn,

        @Size(max = 100, message = "{arende.fel.efternamnetFarHaHogst100Tecken}")
        String efternamn,

        @NotNull(message = "{arende.fel.arendetypSaknas}") Arendetyp arendetyp,

        @NotNull(message = "{arende.fel.typSaknasAnsokanAnmalanEllerAnnatSatt}")
        Aktualiseringstyp typ,

        @NotNull(message = "{arende.fel.tidpunktenDaArendetInkomSaknas}")
        @PastOrPresent(message = "{arende.fel.kanInteHaInkommitIFramtiden}")
        OffsetDateTime inkom,

        @NotBlank(message = "{arende.fel.orsakskodSaknas}")
        @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{arende.fel.orsakskodenSkaVara140TeckenAz09}")
        String orsakskod,

        @Size(max = 4000, message = "{arende.fel.beskrivningenFarHaHogst4000Tecken}")
        String beskrivning,

        @Size(max = 40, message = "{arende.fel.anmalartypenFarHaHogst40Tecken}")
        String anmalartyp,

        @NotBlank(message = "{fel.enhetSaknas}") @Size(max = 32, message = "{fel.okandEnhet}")
        String enhet) {}
