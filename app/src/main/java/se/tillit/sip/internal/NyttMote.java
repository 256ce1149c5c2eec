package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A held SIP meeting.
 *
 * @param flerMoten the plan was not ready: another meeting on {@code nastaMote}
 */
@Schema(
        example =
                "{\"anteckning\":\"Första mötet hölls i hemmet; en plan ska upprättas till nästa möte.\",\"datum\":\"2026-12-10\",\"deltagare\":\"Personen, hennes dotter, biståndshandläggare, distriktssköterska\",\"flerMoten\":true,\"nastaMote\":\"2027-01-14\"}")
record NyttMote(
        @NotNull(message = "{sip.fel.motesdatumSaknas}") LocalDate datum,

        @NotBlank(message = "{sip.fel.deltagareSaknas}") @Size(max = 2000, message = "{validering.hogstTecken}")
        String deltagare,

        @NotBlank(message = "{fel.anteckningSaknas}") @Size(max = 4000, message = "{validering.hogstTecken}")
        String anteckning,

        boolean flerMoten,
        LocalDate nastaMote) {}
