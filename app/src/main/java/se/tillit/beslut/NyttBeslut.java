package se.tillit.beslut;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A decision on one applied insats (C46). A favourable one names the provider it is ordered from.
 *
 * @param giltigTom null: tills vidare
 * @param utforare the provider unit (code) of the order; required unless AVSLAG
 * @param placering for a favourable decision on a child's placement ({@link Insats#placering()}): the form, where and
 *        from when (R11, issue 17); null for every other decision
 * @param individuellPlan how the person was told of the right to an individuell plan (LSS 10 §, R21): required for a
 *        favourable LSS decision, on the decision page and through the API alike; not allowed for SoL
 */
@Schema(
        description =
                "Ett beslut om en sökt insats (C46). Ett bifall anger utföraren som insatsen beställs av; ett bifall enligt LSS anger hur den enskilde fick veta om rätten till individuell plan (LSS 10 §).",
        example =
                "{\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"utfall\":\"BIFALL\",\"lagrum\":{\"lag\":\"LSS\",\"lagversion\":\"1993:387\",\"paragraf\":\"9 § 9\"},\"niva\":3,\"giltigFrom\":\"2026-11-25\",\"motivering\":\"Behovet av bostad med särskild service är styrkt i utredningen.\",\"overklagandehanvisning\":true,\"delegationspunkt\":\"LSS-3.1\",\"beslutsdatum\":\"2026-11-25\",\"utforare\":\"UTF-SOLROSEN\",\"utforartyp\":\"EGEN_REGI\",\"onskadStart\":\"2026-12-01\",\"individuellPlan\":\"MUNTLIGT\"}")
public record NyttBeslut(
        @NotBlank(message = "{beslut.fel.insatstypSaknas}")
        @Pattern(regexp = "[A-Z0-9_]{2,60}", message = "{beslut.fel.insatstypSomLssBostadSarskildService}")
        String insatstyp,

        @NotNull(message = "{beslut.fel.utfallSaknasBifallDelvisBifallEllerAvslag}")
        Beslutsutfall utfall,

        @NotNull(message = "{beslut.fel.lagrumSaknasEttBeslutMasteAngeLag}") @Valid
        Lagrum lagrum,

        @Size(max = 200, message = "{validering.hogstTecken}")
        String omfattning,

        @Min(value = 1, message = "{beslut.fel.niva15}") @Max(value = 5, message = "{beslut.fel.niva15}")
        Integer niva,

        @NotNull(message = "{fel.giltigFranSaknas}") LocalDate giltigFrom,
        LocalDate giltigTom,

        @NotBlank(message = "{beslut.fel.motiveringSaknas}") @Size(max = 8000, message = "{validering.hogstTecken}")
        String motivering,

        boolean overklagandehanvisning,

        @NotBlank(message = "{beslut.fel.delegationspunktSaknas}") @Size(max = 40, message = "{validering.hogstTecken}")
        String delegationspunkt,

        @NotNull(message = "{fel.beslutsdatumSaknas}")
        @PastOrPresent(message = "{beslut.fel.beslutsdatumKanInteLiggaIFramtiden}")
        LocalDate beslutsdatum,

        @Size(max = 32, message = "{beslut.fel.okandUtforare}")
        String utforare,

        Utforartyp utforartyp,
        LocalDate onskadStart,
        @Valid Placeringsuppgift placering,
        IndividuellPlanInformation individuellPlan) {

    public enum Utforartyp {
        EGEN_REGI,
        EXTERN,
        LOV
    }
}
