package se.tillit.sip.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sip.Nyckeltal;
import se.tillit.sip.Sip;
import se.tillit.sip.Sipakt;

/** The municipality's SIP API: the unit's handläggare record each step; readers of the unit read (logged). */
@RestController
@RequestMapping("/api/sip")
@RequiredArgsConstructor
class SipApi {

    private final SipTjanst sipar;
    private final SipNyckeltal nyckeltal;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    /** The municipality asks for a SIP; its process starts. 201 with the SIP. */
    @Operation(
            operationId = "begarSip",
            summary = "Begär en SIP",
            description =
                    "Kommunen begär en samordnad individuell plan med regionen; processen startar med frågan om den enskilde vill ha en SIP och samtycker.")
    @ApiResponse(responseCode = "201", description = "SIP:en är begärd; `Location` pekar på den.")
    @PostMapping
    ResponseEntity<Sip> begar(@Valid @RequestBody NySip ny) {
        Sip sip = sipar.begar(ny);
        return ResponseEntity.created(URI.create("/api/sip/" + sip.id())).body(sip);
    }

    /** Everything recorded on the SIP, for the unit's handläggare and chef, revisorer and service accounts (logged). */
    @Operation(
            operationId = "lasSip",
            summary = "Läs en SIP",
            description =
                    "Allt som registrerats på SIP:en, för enhetens handläggare och chef, revisorer och tjänstekonton. Läsningen loggas.")
    @GetMapping("/{id}")
    Sipakt las(@PathVariable UUID id) {
        Sipakt akt = sipar.akt(id);
        atkomstlogg.logga(
                Atkomstlogg.Handling.LAS, akt.sip().arendeId(), akt.sip().personId(), "API: SIP");
        return akt;
    }

    @Operation(summary = "Registrera den enskildes önskan", description = "Om den enskilde vill ha en SIP.")
    @ApiResponse(responseCode = "200", description = "SIP:en efter steget.")
    @PostMapping("/{id}/onskan")
    Sip onskan(@PathVariable UUID id, @Valid @RequestBody Onskesvar svar) {
        return sipar.registreraOnskan(id, svar);
    }

    @Operation(
            summary = "Registrera samtycke",
            description = "Den enskildes samtycke till att uppgifter delas med regionen; inget delas innan det finns.")
    @ApiResponse(responseCode = "200", description = "SIP:en efter steget.")
    @PostMapping("/{id}/samtycke")
    Sip samtycke(@PathVariable UUID id, @Valid @RequestBody NyttSamtycke samtycke) {
        return sipar.registreraSamtycke(id, samtycke);
    }

    @Operation(
            operationId = "aterkallaSamtycke",
            summary = "Registrera att samtycket återkallas",
            description = "Den enskilde återkallar sitt samtycke: delningen upphör och SIP:en avslutas.")
    @ApiResponse(responseCode = "200", description = "SIP:en efter steget.")
    @PostMapping("/{id}/samtycke/aterkallelse")
    Sip aterkallelse(@PathVariable UUID id, @Valid @RequestBody Aterkallelse aterkallelse) {
        return sipar.aterkallaSamtycke(id, aterkallelse);
    }

    @Operation(
            summary = "Registrera kallelse",
            description = "Kallelsen till SIP-mötet: när den skickades, mötesdag, plats och vem som kallade.")
    @ApiResponse(responseCode = "200", description = "SIP:en efter steget.")
    @PostMapping("/{id}/kallelse")
    Sip kallelse(@PathVariable UUID id, @Valid @RequestBody NyKallelse kallelse) {
        return sipar.registreraKallelse(id, kallelse);
    }

    /** A held meeting. 201 with the meeting's id (the region reports its attendance on it). */
    @Operation(
            summary = "Registrera ett hållet möte",
            description =
                    "Ett SIP-möte som hållits, med datum och deltagare. Svaret bär mötets id, som regionen rapporterar sin närvaro på.")
    @ApiResponse(
            responseCode = "201",
            description = "Mötet är registrerat; `id` är mötets id.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema =
                                    @Schema(
                                            type = "object",
                                            additionalPropertiesSchema = UUID.class,
                                            example = "{\"id\":\"6b1d3f5a-8c2e-4a7b-9d0f-1e3c5a7b9d2f\"}")))
    @PostMapping("/{id}/moten")
    ResponseEntity<Map<String, UUID>> mote(@PathVariable UUID id, @Valid @RequestBody NyttMote mote) {
        return ResponseEntity.status(201).body(Map.of("id", sipar.registreraMote(id, mote)));
    }

    @Operation(
            summary = "Registrera planen",
            description = "Planen: vad kommunen, regionen och andra gör, och vem som har huvudansvaret.")
    @ApiResponse(responseCode = "200", description = "SIP:en efter steget.")
    @PostMapping("/{id}/plan")
    Sip plan(@PathVariable UUID id, @Valid @RequestBody NyPlan plan) {
        return sipar.upprattaPlan(id, plan);
    }

    @Operation(
            summary = "Registrera uppföljning av planen",
            description = "Planens uppföljning med datum och resultat.")
    @ApiResponse(responseCode = "200", description = "SIP:en efter steget.")
    @PostMapping("/{id}/uppfoljning")
    Sip uppfoljning(@PathVariable UUID id, @Valid @RequestBody NyUppfoljning uppfoljning) {
        return sipar.registreraUppfoljning(id, uppfoljning);
    }

    /**
     * R20 on a date (default today) for one unit, or for every unit the caller may read; the definition comes with the
     * figure. Counts only, no person: not an access to be logged.
     */
    @Operation(
            operationId = "sipNyckeltal",
            summary = "Nyckeltalet R20 för SIP",
            description =
                    "Nyckeltalet R20 en dag (i dag om inget anges), för en enhet eller alla enheter kontot når, med definitionen. Bara antal, ingen person.")
    @GetMapping("/nyckeltal")
    SipNyckeltal.MedDefinition nyckeltal(
            @RequestParam(required = false) LocalDate datum, @RequestParam(required = false) String enhet) {
        List<String> enheter = nyckeltal.lasbaraEnheter(enhet);
        Nyckeltal tal = sipar.nyckeltal(datum == null ? LocalDate.now(clock) : datum, enheter);
        return nyckeltal.medDefinition(tal);
    }
}
