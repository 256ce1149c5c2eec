package se.tillit.verkstallighet.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.verkstallighet.EjVerkstalldaBeslut;
import se.tillit.verkstallighet.EjVerkstallt;

/**
 * A decision's ej-verkställt records (R22, C21, C36): read by whoever may read the case (logged), written by a
 * handläggare of the case's unit. A declined offer is recorded and the record stays open.
 */
@RestController
@RequestMapping("/api/beslut/{id}/ej-verkstallt")
@RequiredArgsConstructor
class EjVerkstalltApi {

    private final EjVerkstalldaBeslut ejVerkstallda;
    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;

    /** The unit's handläggare and chef, revisorer and service accounts; to anyone else the decision does not exist. */
    @Operation(
            operationId = "listaEjVerkstallda",
            summary = "Lista beslutets ej verkställda poster",
            description =
                    "Beslutets poster om ej verkställt beslut (R22, C21, C36) med orsak, erbjudanden och svar. Läsningen loggas.")
    @GetMapping
    List<EjVerkstallt> lista(@PathVariable UUID id) {
        Beslut fattat = beslut.hitta(id).orElseThrow(() -> new HittadesInte(Texter.text("fel.beslutetFinnsInte2", id)));
        if (!aktuellAnvandare.kanLasaEnhet(
                arenden.hitta(fattat.arendeId()).orElseThrow().enhet())) {
            throw new HittadesInte(Texter.text("fel.beslutetFinnsInte2", id));
        }
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, fattat.arendeId(), null, "API: ej verkställt beslut");
        return ejVerkstallda.forBeslut(id);
    }

    @Operation(
            summary = "Ange orsak till dröjsmålet",
            description =
                    "Anger eller ändrar orsaken till att beslutet inte är verkställt, som den rapporteras till IVO.")
    @ApiResponse(responseCode = "200", description = "Posten med orsaken.")
    @PutMapping("/{postId}/orsak")
    EjVerkstallt orsak(
            @PathVariable UUID id, @PathVariable UUID postId, @Valid @RequestBody EjVerkstalldaBeslut.NyttSkal skal) {
        return ejVerkstallda.angeSkal(id, postId, skal);
    }

    @Operation(
            summary = "Registrera ett erbjudande",
            description = "Registrerar att den enskilde erbjöds insatsen (till exempel en plats) ett visst datum.")
    @ApiResponse(responseCode = "201", description = "Erbjudandet är registrerat.")
    @PostMapping("/{postId}/erbjudanden")
    ResponseEntity<EjVerkstallt> erbjudande(
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @Valid @RequestBody EjVerkstalldaBeslut.NyttErbjudande erbjudande) {
        EjVerkstallt post = ejVerkstallda.registreraErbjudande(id, postId, erbjudande);
        return ResponseEntity.created(URI.create("/api/beslut/" + id + "/ej-verkstallt"))
                .body(post);
    }

    @Operation(
            summary = "Registrera svaret på ett erbjudande",
            description =
                    "Registrerar den enskildes svar på ett erbjudande; ett tackat nej registreras och posten förblir öppen.")
    @ApiResponse(responseCode = "200", description = "Posten med svaret.")
    @PostMapping("/{postId}/erbjudanden/{erbjudandeId}/svar")
    EjVerkstallt svar(
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @PathVariable UUID erbjudandeId,
            @Valid @RequestBody EjVerkstalldaBeslut.SvarPaErbjudande svar) {
        return ejVerkstallda.registreraSvar(id, postId, erbjudandeId, svar);
    }

    @Operation(
            summary = "Avsluta en post om ej verkställt beslut",
            description = "Avslutar posten: verkställt, återkallat av den enskilde eller annan orsak, med datum.")
    @ApiResponse(responseCode = "200", description = "Posten, avslutad.")
    @PostMapping("/{postId}/avslut")
    EjVerkstallt avslut(
            @PathVariable UUID id, @PathVariable UUID postId, @Valid @RequestBody EjVerkstalldaBeslut.Avslut avslut) {
        return ejVerkstallda.avsluta(id, postId, avslut);
    }
}
