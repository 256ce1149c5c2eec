package se.tillit.beslut;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The legal basis as data (C45): SoL in the old (2001:453) or new (2025:400) numbering, with chapter, or
 * LSS (1993:387) or LVU (1990:52), which have no chapters. Example: SOL 2025:400 kap. 10, "1 §"; LSS 1993:387 "9 § 9";
 * LVU 1990:52 "11 §" (a child's placement under LVU, issue 17).
 */
public record Lagrum(
        @NotNull(message = "{beslut.fel.lagSaknasSolLssEllerLvu}")
        Lag lag,

        @NotBlank(message = "{beslut.fel.lagversionSaknas200145320254001993}")
        String lagversion,

        @Min(value = 1, message = "{beslut.fel.kapitel140}") @Max(value = 40, message = "{beslut.fel.kapitel140}")
        Integer kapitel,

        @NotBlank(message = "{beslut.fel.paragrafSaknas}")
        @Pattern(
                regexp = "[0-9]{1,3} ?[a-z]? ?§( ?[0-9]{1,2}( ?p\\.?)?)?",
                message = "{beslut.fel.paragrafSom14AEller9}")
        String paragraf) {

    public enum Lag {
        SOL,
        LSS,
        LVU
    }
}
