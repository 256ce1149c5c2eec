package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.tillit.sip.Samtyckesgivare;

/** C24: the consent to the plan and to sharing with the region: its scope, date and who gave it. */
@Schema(
        example =
                "{\"givet\":\"2026-11-27\",\"lamnatAv\":\"PERSONEN\",\"omfattning\":\"Samtycke till att dela uppgifter med Vårdcentralen Norr inför och under SIP-mötena.\"}")
record NyttSamtycke(
        @NotBlank(message = "{sip.fel.omfattningSaknasVadFarDelasOchMed}")
        @Size(min = 10, max = 2000, message = "{validering.mellanTecken}")
        String omfattning,

        @NotNull(message = "{fel.datumSaknas}") LocalDate givet,

        @NotNull(message = "{sip.fel.vemLamnadeSamtycketPersonenEllerForetradare}")
        Samtyckesgivare lamnatAv) {}
