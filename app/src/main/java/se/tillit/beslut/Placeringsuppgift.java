package se.tillit.beslut;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a placement decision says about the placement itself (R11, issue 17): the form, the home or institution, and
 * from which day. Under which law follows from the decision's insats (SoL or LVU).
 */
public record Placeringsuppgift(
        @NotNull(message = "Placeringsform saknas") Placeringsform form,
        @NotBlank(message = "Ange var barnet placeras") @Size(max = 200, message = "Högst 200 tecken") String plats,
        @NotNull(message = "Ange från vilken dag barnet är placerat") LocalDate placeradFran) {
}
