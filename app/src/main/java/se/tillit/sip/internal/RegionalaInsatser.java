package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * G11: the region reports that a person has insatser from it, from a date (to a date, if ended). Names are required
 * for the same reason as on a request: the answer never tells whether the person is known here.
 */
@Schema(
        description =
                "Regionen rapporterar att personen har insatser från regionen från ett datum, till ett datum om de upphört (G11).",
        example =
                "{\"personnummer\":\"19780214-9810\",\"fornamn\":\"Test\",\"efternamn\":\"Testsson\",\"regionEnhet\":\"Vårdcentralen Norr\",\"fran\":\"2026-10-01\"}")
record RegionalaInsatser(
        @NotBlank(message = "{fel.personnummerSaknas}") @Size(max = 13, message = "{fel.personnumretArForLangt}")
        String personnummer,

        @NotBlank(message = "{sip.fel.fornamnSaknas}") @Size(max = 100, message = "{validering.hogstTecken}")
        String fornamn,

        @NotBlank(message = "{sip.fel.efternamnSaknas}") @Size(max = 100, message = "{validering.hogstTecken}")
        String efternamn,

        @NotBlank(message = "{sip.fel.regionensEnhetSaknas}") @Size(max = 200, message = "{validering.hogstTecken}")
        String regionEnhet,

        @NotNull(message = "{fel.franDatumSaknas}") LocalDate fran,
        LocalDate till) {}
