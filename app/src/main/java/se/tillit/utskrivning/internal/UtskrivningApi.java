package se.tillit.utskrivning.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.fel.Valideringsfel;

/** The municipality's JSON for discharge: a stay, the month's report, and the administrator's settings. */
@RestController
@RequiredArgsConstructor
class UtskrivningApi {

    @Schema(
            example =
                    "{\"giltigFrom\":\"2027-01-01\",\"giltigTom\":\"2027-12-31\",\"overenskommelse\":\"STOCKHOLM_2018\"}")
    record NyOverenskommelse(
            @NotBlank(message = "{utskrivning.fel.lagEllerStockholm2018}")
            String overenskommelse,

            @NotNull(message = "{fel.giltigFranSaknas}") LocalDate giltigFrom,
            LocalDate giltigTom) {}

    @Schema(example = "{\"belopp\":9654,\"kalla\":\"Socialstyrelsens meddelandeblad, 2026\"}")
    record NyttDygnsbelopp(
            @NotNull(message = "{utskrivning.fel.beloppSaknas}")
            BigDecimal belopp,

            @NotBlank(message = "{utskrivning.fel.kallaSaknas}") @Size(max = 400, message = "{validering.hogstTecken}")
            String kalla) {}

    private final Utskrivningsvy vy;
    private final Utskrivningsinstallningar installningar;

    @Operation(
            summary = "Läs en vistelse",
            description =
                    "En vistelse i slutenvården med regionens meddelanden och de dagar kommunen betalar för (ADR 9). Läsningen loggas.")
    @GetMapping("/api/utskrivningar/{id}")
    Utskrivningsvy.Detalj utskrivning(@PathVariable UUID id) {
        return vy.detalj(id);
    }

    @Operation(
            operationId = "utskrivningsrapport",
            summary = "Månadens betalningsansvar",
            description =
                    "Månadens vistelser där kommunen har betalningsansvar, med dygn och belopp (månad som ÅÅÅÅ-MM). Chef och administratör.")
    @GetMapping("/api/utskrivningar/rapport/{manad}")
    Utskrivningsvy.Rapport rapport(@PathVariable String manad) {
        try {
            return vy.rapport(YearMonth.parse(manad));
        } catch (DateTimeParseException e) {
            throw new Valideringsfel("manad", "utskrivning.fel.manadSkrivsAaaaMm");
        }
    }

    @Operation(
            summary = "Lista överenskommelser om betalningsansvar",
            description =
                    "Vilken överenskommelse (LAG eller STOCKHOLM_2018) som gäller från vilken dag. Administratör.")
    @GetMapping("/api/admin/utskrivning/overenskommelser")
    List<Utskrivningsinstallningar.Overenskommelse> overenskommelser() {
        return installningar.overenskommelser();
    }

    @Operation(
            summary = "Lägg till en överenskommelse",
            description = "En ny överenskommelse om betalningsansvar från ett datum. Administratör.")
    @ApiResponse(responseCode = "201", description = "Alla överenskommelser, med den nya.")
    @PostMapping("/api/admin/utskrivning/overenskommelser")
    ResponseEntity<List<Utskrivningsinstallningar.Overenskommelse>> laggTill(@Valid @RequestBody NyOverenskommelse ny) {
        installningar.laggTillOverenskommelse(ny.overenskommelse(), ny.giltigFrom(), ny.giltigTom());
        return ResponseEntity.status(201).body(installningar.overenskommelser());
    }

    @Operation(summary = "Lista dygnsbelopp", description = "Beloppet per dygn för varje år. Administratör.")
    @GetMapping("/api/admin/utskrivning/dygnsbelopp")
    List<Utskrivningsinstallningar.Dygnsbelopp> dygnsbelopp() {
        return installningar.dygnsbelopp();
    }

    @Operation(
            summary = "Sätt ett års dygnsbelopp",
            description = "Sätter beloppet per dygn för ett år. Administratör.")
    @ApiResponse(responseCode = "200", description = "Alla dygnsbelopp, med det nya.")
    @PutMapping("/api/admin/utskrivning/dygnsbelopp/{ar}")
    List<Utskrivningsinstallningar.Dygnsbelopp> sattDygnsbelopp(
            @PathVariable int ar, @Valid @RequestBody NyttDygnsbelopp nytt) {
        installningar.sattDygnsbelopp(ar, nytt.belopp(), nytt.kalla());
        return installningar.dygnsbelopp();
    }
}
