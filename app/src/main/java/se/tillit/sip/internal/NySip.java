package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.tillit.sip.Onskan;

/**
 * The municipality's request for a SIP, by a handläggare of the unit. A person not yet in the register needs first
 * and last name.
 *
 * @param onskan what the person has already said, if asked (null: not asked yet); a "no" is recorded and closes it
 * @param regionalaInsatser the region has told the handläggare that the person has insatser from it (G11)
 */
@Schema(
        example =
                "{\"efternamn\":\"Testsson\",\"enhet\":\"LSS\",\"fornamn\":\"Test\",\"onskan\":\"JA\",\"onskanDatum\":\"2026-11-27\",\"personnummer\":\"19780214-9810\",\"regionEnhet\":\"Vårdcentralen Norr\",\"regionKontakt\":\"Distriktssköterska, 010-123 45 67\",\"regionalaInsatser\":true}")
record NySip(
        @NotBlank(message = "{fel.personnummerSaknas}") @Size(max = 13, message = "{fel.personnumretArForLangt}")
        String personnummer,

        @Size(max = 100, message = "{validering.hogstTecken}")
        String fornamn,

        @Size(max = 100, message = "{validering.hogstTecken}")
        String efternamn,

        @NotBlank(message = "{fel.enhetSaknas}") @Size(max = 32, message = "{fel.okandEnhet}")
        String enhet,

        @NotBlank(message = "{sip.fel.regionensEnhetSaknasVemIRegionenSka}")
        @Size(max = 200, message = "{validering.hogstTecken}")
        String regionEnhet,

        @Size(max = 200, message = "{validering.hogstTecken}")
        String regionKontakt,

        Onskan onskan,
        LocalDate onskanDatum,
        boolean regionalaInsatser) {}
