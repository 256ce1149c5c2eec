package se.tillit.sip.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import se.tillit.sip.Huvudman;
import se.tillit.sip.Motesplats;

record NyKallelse(@NotNull(message = "Datum då kallelsen skickades saknas") LocalDate skickad,
        @NotNull(message = "Mötesdatum saknas") LocalDate motesdatum,
        @NotNull(message = "Plats saknas: HEMMET, KOMMUNEN, REGIONEN eller VIDEO") Motesplats plats,
        @NotNull(message = "Vem kallade: KOMMUN eller REGION") Huvudman kalladAv) {
}
