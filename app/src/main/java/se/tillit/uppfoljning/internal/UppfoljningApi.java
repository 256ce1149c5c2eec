package se.tillit.uppfoljning.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.uppfoljning.Uppfoljningar;

@RestController
@RequiredArgsConstructor
class UppfoljningApi {

    private final Uppfoljningar uppfoljningar;

    @Schema(
            name = "Uppfoljningsrapport",
            description = "Uppföljningens resultat.",
            example =
                    "{\"anteckning\":\"Insatsen fungerar väl och behovet är oförändrat; fortsätter enligt beslutet.\",\"resultat\":\"FORTSATT\"}")
    record Rapport(
            @NotBlank(message = "{uppfoljning.fel.resultatSaknasFortsattNyttBeslutEllerAvslut}")
            String resultat,

            @NotBlank(message = "{fel.anteckningSaknas}")
            @Size(min = 10, max = 4000, message = "{validering.mellanTecken}")
            String anteckning) {}

    /** The decision's due follow-up (R15). */
    @Operation(
            operationId = "rapporteraUppfoljning",
            summary = "Rapportera en uppföljning",
            description =
                    "Registrerar den förfallna uppföljningen av ett verkställt beslut (R15) med resultatet FORTSATT, NYTT_BESLUT eller AVSLUT.")
    @ApiResponse(responseCode = "204", description = "Uppföljningen är registrerad.")
    @PostMapping("/api/beslut/{id}/uppfoljning")
    ResponseEntity<Void> rapportera(@PathVariable UUID id, @Valid @RequestBody Rapport rapport) {
        uppfoljningar.rapportera(id, rapport.resultat(), rapport.anteckning());
        return ResponseEntity.noContent().build();
    }
}
