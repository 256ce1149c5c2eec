package se.tillit.beslut;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

@Schema(
        example =
                "{\"arendeId\":\"0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10\",\"beslutsdatum\":\"2026-11-25\",\"beslutsfattare\":\"Leo Lind\",\"delegationspunkt\":\"LSS-3.1\",\"delgivningsdatum\":\"2026-11-26\",\"giltigFrom\":\"2026-12-01\",\"id\":\"d012f33f-6b7c-5fb0-9bde-73c3ca30740c\",\"insatstyp\":\"LSS_BOSTAD_SARSKILD_SERVICE\",\"lagrum\":{\"lag\":\"LSS\",\"lagversion\":\"1993:387\",\"paragraf\":\"9 § 9\"},\"niva\":3,\"overklagandefrist\":\"2026-12-17\",\"utfall\":\"BIFALL\"}")
public record Beslut(
        UUID id,
        UUID arendeId,
        String insatstyp,
        Beslutsutfall utfall,
        Lagrum lagrum,
        String omfattning,
        Integer niva,
        LocalDate giltigFrom,
        LocalDate giltigTom,
        String beslutsfattare,
        String delegationspunkt,
        LocalDate beslutsdatum,
        LocalDate delgivningsdatum,
        LocalDate overklagandefrist,
        LocalDate lagaKraft) {}
