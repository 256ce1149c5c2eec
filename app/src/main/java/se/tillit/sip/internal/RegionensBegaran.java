package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The region's request for a SIP, from its service account. Names are always required, so the answer never tells
 * the region whether the person is known to the social services.
 *
 * @param enhet the municipal unit the region asks (its code)
 * @param regionalaInsatserFran the date from which the person has insatser from the region, if the region reports it (G11)
 */
@Schema(
        description =
                "Regionens begäran om en SIP. Namnen krävs alltid, så att svaret aldrig avslöjar om personen är känd av socialtjänsten.",
        example =
                "{\"personnummer\":\"19780214-9810\",\"fornamn\":\"Test\",\"efternamn\":\"Testsson\",\"enhet\":\"LSS\",\"regionEnhet\":\"Vårdcentralen Norr\",\"regionKontakt\":\"Distriktssköterska, 010-123 45 67\",\"regionalaInsatserFran\":\"2026-10-01\"}")
record RegionensBegaran(
        @NotBlank(message = "{fel.personnummerSaknas}") @Size(max = 13, message = "{fel.personnumretArForLangt}")
        String personnummer,

        @NotBlank(message = "{sip.fel.fornamnSaknas}") @Size(max = 100, message = "{validering.hogstTecken}")
        String fornamn,

        @NotBlank(message = "{sip.fel.efternamnSaknas}") @Size(max = 100, message = "{validering.hogstTecken}")
        String efternamn,

        @NotBlank(message = "{sip.fel.kommunensEnhetSaknas}") @Size(max = 32, message = "{fel.okandEnhet}")
        String enhet,

        @NotBlank(message = "{sip.fel.regionensEnhetSaknas}") @Size(max = 200, message = "{validering.hogstTecken}")
        String regionEnhet,

        @NotBlank(message = "{sip.fel.regionensKontaktpersonSaknas}")
        @Size(max = 200, message = "{validering.hogstTecken}")
        String regionKontakt,

        LocalDate regionalaInsatserFran) {}
