package se.tillit.arende.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arende.NyAktualisering;
import se.tillit.arende.RegistreradAktualisering;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.sakerhet.AktuellAnvandare;

/** The JSON API for cases: the same use cases the pages call. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class ArendeApi {

    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final se.tillit.revision.Atkomstlogg atkomstlogg;

    /** Registers an ansökan, anmälan or annat sätt (R01). 201 with the case; 400 names every bad field. */
    @Operation(
            summary = "Registrera en aktualisering",
            description =
                    "Registrerar en ansökan, en anmälan eller en aktualisering på annat sätt (R01) och öppnar eller återanvänder personens ärende i enheten. Handläggare i enheten eller integrationskontot.")
    @ApiResponse(responseCode = "201", description = "Registrerad; `Location` pekar på ärendet.")
    @PostMapping("/aktualiseringar")
    ResponseEntity<RegistreradAktualisering> registrera(
            @Valid @RequestBody NyAktualisering aktualisering, Authentication inloggad) {
        RegistreradAktualisering registrerad = arenden.registrera(aktualisering, inloggad.getName());
        return ResponseEntity.created(URI.create("/api/arenden/" + registrerad.arendeId()))
                .body(registrerad);
    }

    /** C2: past 14 days only for synnerliga skäl, recorded. */
    @Operation(
            summary = "Förläng förhandsbedömningen",
            description =
                    "Förlänger förhandsbedömningen av en anmälan om barn utöver 14 dagar, bara av synnerliga skäl som anges och registreras (C2).")
    @ApiResponse(responseCode = "204", description = "Förlängningen är registrerad.")
    @PostMapping("/aktualiseringar/{id}/forhandsbedomning/forlangningar")
    ResponseEntity<Void> forlangForhandsbedomning(
            @PathVariable UUID id, @Valid @RequestBody se.tillit.arende.ForlangningAvForhandsbedomning forlangning) {
        arenden.forlangForhandsbedomning(id, forlangning);
        return ResponseEntity.noContent().build();
    }

    @Schema(
            name = "ArendeAvslut",
            description = "Orsaken till att ärendet avslutas.",
            example = "{\"avslutsorsak\":\"INSATSER_AVSLUTADE\"}")
    record Avslut(
            @jakarta.validation.constraints.NotNull(message = "{arende.fel.avslutsorsakSaknas}")
            se.tillit.arende.Avslutsorsak avslutsorsak) {}

    /** Closes the case with a reason from the controlled vocabulary (R13). */
    @Operation(
            operationId = "avslutaArende",
            summary = "Avsluta ett ärende",
            description =
                    "Avslutar ärendet med en orsak ur den kontrollerade listan (R13), till exempel när den enskilde återkallar sin ansökan.")
    @ApiResponse(responseCode = "200", description = "Ärendet, avslutat.")
    @PostMapping("/arenden/{id}/avslut")
    Arende avsluta(@PathVariable UUID id, @Valid @RequestBody Avslut avslut) {
        return arenden.avslutaPaBegaran(id, avslut.avslutsorsak());
    }

    @Operation(
            summary = "Läs ett ärende",
            description =
                    "Ärendet med steg, person och enhet. Läsningen loggas i åtkomstloggen. Ett ärende i en enhet som kontot inte når besvaras som om det inte fanns (404).")
    @GetMapping("/arenden/{id}")
    Arende arende(@PathVariable UUID id) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte(Texter.text("fel.arendetFinnsInte2", id)));
        if (!aktuellAnvandare.kanLasaEnhet(arende.enhet())) {
            // the same answer as for a case that does not exist: no telling who has a case elsewhere
            throw new HittadesInte(Texter.text("fel.arendetFinnsInte2", id));
        }
        atkomstlogg.logga(se.tillit.revision.Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "API: ärendet");
        return arende;
    }
}
