package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import se.tillit.sip.Huvudman;
import se.tillit.sip.Motesplats;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(example = "{\"kalladAv\":\"KOMMUN\",\"motesdatum\":\"2026-12-10\",\"plats\":\"HEMMET\",\"skickad\":\"2026-11-30\"}")
record NyKallelse(@NotNull(message = "Datum då kallelsen skickades saknas") LocalDate skickad,
        @NotNull(message = "Mötesdatum saknas") LocalDate motesdatum,
        @NotNull(message = "Plats saknas: HEMMET, KOMMUNEN, REGIONEN eller VIDEO") Motesplats plats,
        @NotNull(message = "Vem kallade: KOMMUN eller REGION") Huvudman kalladAv) {
}
