package se.tillit.lexsarah.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lex Sarah as JSON: a report from anyone working in the service; the lex Sarah-ansvarig's investigation, assessment,
 * measures, anmälan to IVO and closing. Each answers with the report as the caller may see it.
 */
@RestController
@RequiredArgsConstructor
class LexSarahApi {

    private final LexSarahTjanst tjanst;
    private final LexSarahVy vy;

    @Operation(
            operationId = "rapporteraLexSarah",
            summary = "Rapportera ett missförhållande (lex Sarah)",
            description =
                    "En rapport om ett missförhållande eller en påtaglig risk för ett, från den som arbetar i verksamheten.")
    @ApiResponse(responseCode = "201", description = "Rapporten är mottagen; `Location` pekar på den.")
    @PostMapping("/api/lexsarah")
    ResponseEntity<LexSarahTjanst.Mottagen> rapportera(@RequestBody LexSarahTjanst.NyRapport ny) {
        LexSarahTjanst.Mottagen mottagen = tjanst.rapportera(ny);
        return ResponseEntity.created(URI.create("/api/lexsarah/" + mottagen.id()))
                .body(mottagen);
    }

    @Operation(
            operationId = "listaLexSarah",
            summary = "Lista lex Sarah-rapporter",
            description = "Rapporterna som kontot får se, med `baraOppna=true` bara de öppna.")
    @GetMapping("/api/lexsarah")
    List<LexSarahVy.Rad> lista(@RequestParam(defaultValue = "false") boolean baraOppna) {
        return vy.lista(baraOppna);
    }

    @Operation(
            operationId = "lexSarahRapport",
            summary = "Läs en lex Sarah-rapport",
            description = "Rapporten så som kontot får se den.")
    @GetMapping("/api/lexsarah/{id}")
    LexSarahVy.Rapport rapport(@PathVariable UUID id) {
        return vy.rapport(id);
    }

    @Operation(
            summary = "Registrera utredningen",
            description =
                    "Lex Sarah-ansvarigs utredning: vad som hänt, den enskildes uppfattning, konsekvenser och orsaker. Kan rättas.")
    @ApiResponse(responseCode = "200", description = "Rapporten efter steget.")
    @PostMapping("/api/lexsarah/{id}/utredning")
    LexSarahVy.Rapport utredning(@PathVariable UUID id, @RequestBody LexSarahTjanst.Utredning utredning) {
        tjanst.dokumenteraUtredning(id, utredning);
        return vy.rapport(id);
    }

    @Operation(
            summary = "Registrera bedömningen",
            description = "Om missförhållandet är allvarligt och ska anmälas till IVO.")
    @ApiResponse(responseCode = "200", description = "Rapporten efter steget.")
    @PostMapping("/api/lexsarah/{id}/bedomning")
    LexSarahVy.Rapport bedomning(@PathVariable UUID id, @RequestBody LexSarahTjanst.Bedomning bedomning) {
        tjanst.bedom(id, bedomning);
        return vy.rapport(id);
    }

    @Operation(
            summary = "Registrera en åtgärd",
            description = "En åtgärd för att undanröja missförhållandet eller förhindra att det upprepas.")
    @ApiResponse(responseCode = "201", description = "Rapporten med åtgärden.")
    @PostMapping("/api/lexsarah/{id}/atgarder")
    ResponseEntity<LexSarahVy.Rapport> atgard(@PathVariable UUID id, @RequestBody LexSarahTjanst.Atgard atgard) {
        tjanst.registreraAtgard(id, atgard);
        return ResponseEntity.status(201).body(vy.rapport(id));
    }

    @Operation(
            summary = "Registrera anmälan till IVO",
            description = "När ett allvarligt missförhållande anmäldes till IVO.")
    @ApiResponse(responseCode = "200", description = "Rapporten efter steget.")
    @PostMapping("/api/lexsarah/{id}/ivo-anmalan")
    LexSarahVy.Rapport ivoAnmalan(@PathVariable UUID id, @RequestBody LexSarahTjanst.IvoAnmalan anmalan) {
        tjanst.registreraIvoAnmalan(id, anmalan);
        return vy.rapport(id);
    }

    @Operation(
            operationId = "avslutaLexSarah",
            summary = "Avsluta en lex Sarah-rapport",
            description = "Avslutar ärendet när utredning, bedömning och i förekommande fall anmälan är klara.")
    @ApiResponse(responseCode = "200", description = "Rapporten, avslutad.")
    @PostMapping("/api/lexsarah/{id}/avslut")
    LexSarahVy.Rapport avsluta(@PathVariable UUID id) {
        tjanst.avsluta(id);
        return vy.rapport(id);
    }
}
