package se.tillit.beslut.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.beslut.NyttBeslut;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;

@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class BeslutApi {

    private final Beslutsregister beslut;
    private final se.tillit.arende.Arenden arenden;
    private final se.tillit.sakerhet.AktuellAnvandare aktuellAnvandare;

    private final se.tillit.revision.Atkomstlogg atkomstlogg;

    /** @param delgivningssatt optional here (POST, HAMTAT, DIGITAL_BREVLADA, DELGIVNINGSMAN); the page requires it */
    @Schema(
            description =
                    "När och hur beslutet delgavs; sättet är valfritt här (POST, HAMTAT, DIGITAL_BREVLADA, DELGIVNINGSMAN).",
            example = "{\"delgivningsdatum\":\"2026-11-25\",\"delgivningssatt\":\"POST\"}")
    record Delgivning(
            @NotNull(message = "{beslut.fel.delgivningsdatumSaknas}")
            LocalDate delgivningsdatum,

            se.tillit.beslut.Delgivningssatt delgivningssatt) {}

    @Schema(example = "{\"inkom\":\"2026-12-09\"}")
    record NyttOverklagande(
            @NotNull(message = "{beslut.fel.datumDaOverklagandetKomInSaknas}")
            LocalDate inkom) {}

    @Schema(example = "{\"domDatum\":\"2027-02-10\",\"utfall\":\"AVSLAGET\"}")
    record Domslut(
            @NotBlank(message = "{beslut.fel.utfallSaknasBifalletAvslagetEllerUndanrojt}")
            String utfall,

            @NotNull(message = "{beslut.fel.domensDatumSaknas}")
            LocalDate domDatum) {}

    @Operation(
            summary = "Fatta beslut i ett ärende",
            description =
                    "Fattar beslut om en eller flera insatser enligt delegationsordningen (DMN `delegationsordning`); ett beslut utanför handläggarens delegation nekas med 403 och går till chefen. Varje insats anger lagrum och utfall.")
    @ApiResponse(responseCode = "201", description = "Beslutet är fattat; `Location` pekar på beslutet.")
    @PostMapping("/arenden/{arendeId}/beslut")
    ResponseEntity<Beslut> fatta(@PathVariable UUID arendeId, @Valid @RequestBody NyttBeslut nytt) {
        Beslut fattat = beslut.fatta(arendeId, nytt);
        return ResponseEntity.created(URI.create("/api/beslut/" + fattat.id())).body(fattat);
    }

    /** The unit's handläggare and chef, revisorer and service accounts; to anyone else it does not exist. */
    @Operation(
            summary = "Läs ett beslut",
            description =
                    "Beslutet med dess insatser, delgivning och överklaganden. För enhetens handläggare och chef, revisorer och tjänstekonton; för andra finns det inte (404).")
    @GetMapping("/beslut/{id}")
    Beslut hitta(@PathVariable UUID id) {
        Beslut fattat = beslut.hitta(id).orElseThrow(() -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", id)));
        String enhet = arenden.hitta(fattat.arendeId()).orElseThrow().enhet();
        if (!aktuellAnvandare.kanLasaEnhet(enhet)) {
            throw new HittadesInte(Texter.text("fel.beslutetFinnsInte2", id));
        }
        atkomstlogg.logga(se.tillit.revision.Atkomstlogg.Handling.LAS, fattat.arendeId(), null, "API: beslut");
        return fattat;
    }

    @Operation(
            summary = "Registrera delgivning",
            description =
                    "Registrerar när och hur beslutet delgavs den enskilde; fristen för överklagande räknas därifrån.")
    @ApiResponse(responseCode = "200", description = "Beslutet med delgivningen.")
    @PostMapping("/beslut/{id}/delgivning")
    Beslut delgivning(@PathVariable UUID id, @Valid @RequestBody Delgivning delgivning) {
        beslut.registreraDelgivning(id, delgivning.delgivningsdatum(), delgivning.delgivningssatt());
        return beslut.hitta(id).orElseThrow();
    }

    @Operation(
            summary = "Registrera ett överklagande",
            description = "Registrerar att ett överklagande kom in; rättidsprövningen görs mot delgivningsdagen.")
    @ApiResponse(responseCode = "201", description = "Överklagandet är registrerat.")
    @PostMapping("/beslut/{id}/overklaganden")
    ResponseEntity<Beslutsregister.Overklagande> overklagande(
            @PathVariable UUID id, @Valid @RequestBody NyttOverklagande ny) {
        Beslutsregister.Overklagande overklagande = beslut.registreraOverklagande(id, ny.inkom());
        return ResponseEntity.status(201).body(overklagande);
    }

    @Operation(
            summary = "Registrera förvaltningsrättens domslut",
            description = "Registrerar domstolens utfall i ett överklagat beslut: BIFALLET, AVSLAGET eller UNDANROJT.")
    @ApiResponse(responseCode = "204", description = "Domslutet är registrerat.")
    @PostMapping("/overklaganden/{id}/domslut")
    ResponseEntity<Void> domslut(@PathVariable UUID id, @Valid @RequestBody Domslut domslut) {
        beslut.registreraDomslut(id, domslut.utfall(), domslut.domDatum());
        return ResponseEntity.noContent().build();
    }
}
