package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.tillit.sip.Huvudman;

import io.swagger.v3.oas.annotations.media.Schema;

/** C52: what each principal does, what others do, who has the overall responsibility, the follow-up date. */
@Schema(example = "{\"andrasInsatser\":\"Anhöriga handlar en gång i veckan.\",\"huvudansvar\":\"KOMMUN\",\"kommunensInsatser\":\"Hemtjänst morgon och kväll; trygghetslarm.\",\"regionensInsatser\":\"Hemsjukvård två gånger i veckan; läkarbesök var tredje månad.\",\"uppfoljning\":\"2027-03-10\",\"upprattad\":\"2026-12-10\"}")
record NyPlan(
        @NotBlank(message = "Kommunens insatser saknas") @Size(max = 4000, message = "Högst 4000 tecken") String kommunensInsatser,
        @NotBlank(message = "Regionens insatser saknas") @Size(max = 4000, message = "Högst 4000 tecken") String regionensInsatser,
        @Size(max = 4000, message = "Högst 4000 tecken") String andrasInsatser,
        @NotNull(message = "Huvudansvar saknas: KOMMUN eller REGION") Huvudman huvudansvar,
        @NotNull(message = "Datum för uppföljning saknas") LocalDate uppfoljning,
        @NotNull(message = "Datum då planen upprättades saknas") LocalDate upprattad) {
}
