package se.tillit.utskrivning.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The region's discharge system posts its messages here with its service account (role REGION, HTTP Basic).
 * 201: recorded and applied; 200: the same message again, nothing more done; 400: a field is wrong, nothing kept;
 * 404: no inskrivningsmeddelande for the stay yet; 409: the id was used before for another message.
 */
@RestController
@RequestMapping("/api/region/utskrivning")
@RequiredArgsConstructor
class RegionApi {

    private final UtskrivningTjanst utskrivningar;
    private final AktuellAnvandare aktuellAnvandare;

    @Operation(
            summary = "Ta emot ett meddelande om utskrivning",
            description =
                    "Regionens system för utskrivningsplanering skickar sina meddelanden (inskrivningsmeddelande, utskrivningsklar och så vidare) med regionens tjänstekonto. Samma meddelande igen ger 200 och inget mer görs; ett meddelande-id som använts för ett annat meddelande ger 409; 404 när vistelsen saknar inskrivningsmeddelande.")
    @ApiResponse(responseCode = "201", description = "Meddelandet är registrerat och tillämpat.")
    @ApiResponse(responseCode = "200", description = "Samma meddelande en gång till: inget mer gjordes.")
    @PostMapping("/meddelanden")
    ResponseEntity<UtskrivningTjanst.Kvitto> meddelande(@Valid @RequestBody RegionMeddelande meddelande) {
        InloggadAnvandare region = aktuellAnvandare
                .hamta()
                .filter(anvandare -> anvandare.harRoll(Roll.REGION))
                .orElseThrow(() -> new AccessDeniedException(
                        "utskrivning.fel.regionensMeddelandenTasEmotFranRegionensTjanstekonto"));
        UtskrivningTjanst.Kvitto kvitto = utskrivningar.taEmot(meddelande, region.anvandarnamn());
        return ResponseEntity.status(kvitto.dubblett() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(kvitto);
    }
}
