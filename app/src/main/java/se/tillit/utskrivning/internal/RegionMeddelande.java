package se.tillit.utskrivning.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.tillit.utskrivning.Meddelandetyp;

/**
 * A message from the region's discharge system. Every message names its own id (the same id twice is the same
 * message), its type, the hospital stay (vårdtillfälle) and when the region sent it; the rest depends on the type.
 *
 * @param skickad when the region sent it: for UTSKRIVNINGSKLAR the time the payment's free days run from (D5);
 *        for UTSKRIVEN the time of discharge; for INTE_LANGRE_UTSKRIVNINGSKLAR the time it stopped
 * @param inskriven INSKRIVNING: the time of admission
 * @param vardenhet INSKRIVNING: the hospital unit
 * @param vardform INSKRIVNING: SOMATISK or PSYKIATRISK
 * @param beraknadUtskrivning INSKRIVNING and BERAKNAD_UTSKRIVNING_ANDRAD: the expected discharge date
 * @param sipMote SIP_KALLELSE: the time of the SIP meeting, if set
 */
@Schema(
        description =
                "Ett meddelande från regionens system för utskrivningsplanering. Varje meddelande har sitt eget id (samma id två gånger är samma meddelande), sin typ, vårdtillfället och när regionen skickade det; resten beror på typen.",
        example =
                "{\"meddelandeId\":\"m-1\",\"typ\":\"INSKRIVNING\",\"vardtillfalle\":\"VT-1\",\"skickad\":\"2026-11-20T08:00:00+01:00\",\"personnummer\":\"19780214-9810\",\"inskriven\":\"2026-11-20T07:30:00+01:00\",\"vardenhet\":\"Avdelning 12\",\"vardform\":\"SOMATISK\",\"beraknadUtskrivning\":\"2026-11-27\"}")
public record RegionMeddelande(
        @NotBlank(message = "{utskrivning.fel.meddelandeidSaknas}")
        @Size(max = 100, message = "{validering.hogstTecken}")
        @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{utskrivning.fel.bokstaverSiffrorOch}")
        String meddelandeId,

        @NotNull(message = "{utskrivning.fel.typSaknasInskrivningBeraknadUtskrivningAndradUtskrivningsklar}")
        Meddelandetyp typ,

        @NotBlank(message = "{utskrivning.fel.vardtillfalleSaknas}")
        @Size(max = 100, message = "{validering.hogstTecken}")
        @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{utskrivning.fel.bokstaverSiffrorOch}")
        String vardtillfalle,

        @NotNull(message = "{utskrivning.fel.skickadSaknas}")
        OffsetDateTime skickad,

        @Size(max = 13, message = "{fel.personnumretArForLangt}")
        String personnummer,

        @Size(max = 100, message = "{validering.hogstTecken}")
        String fornamn,

        @Size(max = 100, message = "{validering.hogstTecken}")
        String efternamn,

        OffsetDateTime inskriven,

        @Size(max = 200, message = "{validering.hogstTecken}")
        String vardenhet,

        @Pattern(regexp = "SOMATISK|PSYKIATRISK", message = "{utskrivning.fel.somatiskEllerPsykiatrisk}")
        String vardform,

        LocalDate beraknadUtskrivning,
        OffsetDateTime sipMote) {}
