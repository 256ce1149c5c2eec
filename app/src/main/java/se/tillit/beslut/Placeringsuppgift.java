package se.tillit.beslut;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a placement decision says about the placement itself (R11, issue 17): the form, the home or institution, and
 * from which day. Under which law follows from the decision's insats (SoL or LVU).
 */
public record Placeringsuppgift(
        @NotNull(message = "{beslut.fel.placeringsformSaknas}")
        Placeringsform form,

        @NotBlank(message = "{beslut.fel.angeVarBarnetPlaceras}") @Size(max = 200, message = "{validering.hogstTecken}")
        String plats,

        @NotNull(message = "{beslut.fel.angeFranVilkenDagBarnetArPlacerat}")
        LocalDate placeradFran) {}
