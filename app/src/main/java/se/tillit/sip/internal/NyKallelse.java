package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import se.tillit.sip.Huvudman;
import se.tillit.sip.Motesplats;

@Schema(
        example =
                "{\"kalladAv\":\"KOMMUN\",\"motesdatum\":\"2026-12-10\",\"plats\":\"HEMMET\",\"skickad\":\"2026-11-30\"}")
record NyKallelse(
        @NotNull(message = "{sip.fel.datumDaKallelsenSkickadesSaknas}")
        LocalDate skickad,

        @NotNull(message = "{sip.fel.motesdatumSaknas}") LocalDate motesdatum,

        @NotNull(message = "{sip.fel.platsSaknasHemmetKommunenRegionenEllerVideo}")
        Motesplats plats,

        @NotNull(message = "{sip.fel.vemKalladeKommunEllerRegion}")
        Huvudman kalladAv) {}
