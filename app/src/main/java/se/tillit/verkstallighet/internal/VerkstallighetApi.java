package se.tillit.verkstallighet.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.Verkstalligheter;

@RestController
@RequestMapping("/api/beslut/{id}")
@RequiredArgsConstructor
class VerkstallighetApi {

    private final Verkstalligheter verkstalligheter;

    @Schema(description = "Dagen då insatsen började ges.", example = "{\"verkstalld\":\"2026-12-01\"}")
    record Verkstalld(
            @NotNull(message = "{verkstallighet.fel.verkstallighetsdatumSaknas}")
            LocalDate verkstalld) {}

    @Schema(
            example =
                    "{\"fran\":\"2026-12-03\",\"orsak\":\"Personen är inlagd på sjukhus; insatsen gör uppehåll tills hon kommer hem.\"}")
    record Avbrott(
            @NotNull(message = "{fel.franDatumSaknas}") LocalDate fran,

            @NotBlank(message = "{verkstallighet.fel.orsakSaknas}")
            @Size(max = 400, message = "{validering.hogstTecken}")
            String orsak) {}

    @Schema(example = "{\"datum\":\"2026-12-14\"}")
    record Aterupptagande(
            @NotNull(message = "{fel.datumSaknas}") LocalDate datum) {}

    @Schema(example = "{\"datum\":\"2026-12-01\"}")
    record BokadPlats(
            @NotNull(message = "{fel.datumSaknas}") LocalDate datum) {}

    /** The provider has booked a place in bostad med särskild service (R24: tomdygn from this day until move-in). */
    @Operation(
            summary = "Registrera bokad plats",
            description =
                    "Utföraren har bokat en plats i bostad med särskild service; tomdygn räknas från denna dag till inflyttningen (R24).")
    @ApiResponse(responseCode = "204", description = "Registrerat.")
    @PostMapping("/plats-bokad")
    ResponseEntity<Void> platsBokad(@PathVariable UUID id, @Valid @RequestBody BokadPlats plats) {
        verkstalligheter.registreraBokadPlats(id, plats.datum());
        return ResponseEntity.noContent().build();
    }

    @Schema(example = "{\"dag\":\"2026-11-25\",\"narvarande\":true}")
    record Narvaro(
            @NotNull(message = "{verkstallighet.fel.dagSaknas}")
            LocalDate dag,

            boolean narvarande) {}

    /** Attendance at egen-regi daily activity (R26): days and whether the user attended, at most a year at a time. */
    @Operation(
            operationId = "registreraNarvaro",
            summary = "Registrera närvaro i daglig verksamhet",
            description =
                    "Närvaro i daglig verksamhet i egen regi (R26): dagar och om den enskilde var där, högst ett år per begäran.")
    @ApiResponse(responseCode = "204", description = "Närvaron är registrerad.")
    @PostMapping("/narvaro")
    ResponseEntity<Void> narvaro(
            @PathVariable UUID id,
            @RequestBody
                    @jakarta.validation.constraints.NotEmpty(message = "{verkstallighet.fel.ingaDagar}")
                    @Size(max = 366, message = "{verkstallighet.fel.hogst366DagarAtGangen}")
                    java.util.List<@Valid @NotNull Narvaro> dagar) {
        verkstalligheter.registreraNarvaro(dagar.stream()
                .map(dag -> new se.tillit.verkstallighet.Narvarodag(id, dag.dag(), dag.narvarande()))
                .toList());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Registrera att beslutet är verkställt",
            description = "Registrerar dagen då insatsen började ges; beslutet räknas inte längre som ej verkställt.")
    @ApiResponse(responseCode = "204", description = "Registrerat.")
    @PostMapping("/verkstallighet")
    ResponseEntity<Void> verkstalld(@PathVariable UUID id, @Valid @RequestBody Verkstalld verkstalld) {
        verkstalligheter.rapporteraVerkstalld(id, verkstalld.verkstalld());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Registrera avbrott i verkställigheten",
            description =
                    "Registrerar att en verkställd insats avbröts från ett datum, med orsak; ett avbrott över tre månader rapporteras till IVO.")
    @ApiResponse(responseCode = "204", description = "Avbrottet är registrerat.")
    @PostMapping("/avbrott")
    ResponseEntity<Void> avbrott(@PathVariable UUID id, @Valid @RequestBody Avbrott avbrott) {
        verkstalligheter.registreraAvbrott(id, avbrott.fran(), avbrott.orsak());
        return ResponseEntity.noContent().build();
    }

    /** The provider accepts the order (issue 17): from then on it is the provider's to start. */
    @Operation(
            summary = "Utföraren accepterar beställningen",
            description = "Utföraren accepterar beställningen av insatsen; därefter är det utförarens att starta den.")
    @ApiResponse(responseCode = "204", description = "Beställningen är accepterad.")
    @PostMapping("/acceptans")
    ResponseEntity<Void> acceptans(@PathVariable UUID id) {
        verkstalligheter.acceptera(id);
        return ResponseEntity.noContent().build();
    }

    @Schema(
            example =
                    "{\"orsak\":\"BRIST_PA_PLATS\",\"orsakText\":\"Ingen ledig plats i kommunens gruppbostäder före mars.\"}")
    record Hinder(
            @NotNull(message = "{verkstallighet.fel.orsakSaknasOrsaker}")
            Drojsmalsorsak orsak,

            @Size(max = 2000, message = "{validering.hogstTecken}")
            String orsakText) {}

    /**
     * Why the provider cannot start the order, or resume it after an avbrott, yet (issue 17): the reason of the
     * ej-verkställt record and IVO's report.
     */
    @Operation(
            summary = "Registrera hinder för verkställighet",
            description =
                    "Utförarens orsak till att beställningen inte kan starta, eller återupptas efter ett avbrott, ännu. Orsaken blir det ej verkställda beslutets orsak i rapporten till IVO.")
    @ApiResponse(responseCode = "204", description = "Hindret är registrerat.")
    @PostMapping("/hinder")
    ResponseEntity<Void> hinder(@PathVariable UUID id, @Valid @RequestBody Hinder hinder) {
        verkstalligheter.angeHinder(id, hinder.orsak(), hinder.orsakText());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Registrera att insatsen återupptogs",
            description = "Registrerar dagen då en avbruten insats återupptogs.")
    @ApiResponse(responseCode = "204", description = "Registrerat.")
    @PostMapping("/aterupptagande")
    ResponseEntity<Void> aterupptagande(@PathVariable UUID id, @Valid @RequestBody Aterupptagande aterupptagande) {
        verkstalligheter.registreraAterupptagande(id, aterupptagande.datum());
        return ResponseEntity.noContent().build();
    }
}
