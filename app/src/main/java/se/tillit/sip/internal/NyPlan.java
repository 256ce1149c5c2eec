package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.tillit.sip.Huvudman;

/** C52: what each principal does, what others do, who has the overall responsibility, the follow-up date. */
@Schema(
        example =
                "{\"andrasInsatser\":\"Anhöriga handlar en gång i veckan.\",\"huvudansvar\":\"KOMMUN\",\"kommunensInsatser\":\"Hemtjänst morgon och kväll; trygghetslarm.\",\"regionensInsatser\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\",\"uppfoljning\":\"2027-03-10\",\"upprattad\":\"2026-12-10\"}")
record NyPlan(
        @NotBlank(message = "{sip.fel.kommunensInsatserSaknas}") @Size(max = 4000, message = "{validering.hogstTecken}")
        String kommunensInsatser,

        @NotBlank(message = "{sip.fel.regionensInsatserSaknas}") @Size(max = 4000, message = "{validering.hogstTecken}")
        String regionensInsatser,

        @Size(max = 4000, message = "{validering.hogstTecken}")
        String andrasInsatser,

        @NotNull(message = "{sip.fel.huvudansvarSaknasKommunEllerRegion}")
        Huvudman huvudansvar,

        @NotNull(message = "{sip.fel.datumForUppfoljningSaknas}")
        LocalDate uppfoljning,

        @NotNull(message = "{sip.fel.datumDaPlanenUpprattadesSaknas}")
        LocalDate upprattad) {}
