package se.tillit.arende.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

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
import se.tillit.sakerhet.AktuellAnvandare;

/** The JSON API for cases: the same use cases the pages call. */
@RestController
@RequestMapping("/api")
class ArendeController {

    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final se.tillit.revision.Atkomstlogg atkomstlogg;

    ArendeController(Arenden arenden, AktuellAnvandare aktuellAnvandare, se.tillit.revision.Atkomstlogg atkomstlogg) {
        this.arenden = arenden;
        this.aktuellAnvandare = aktuellAnvandare;
        this.atkomstlogg = atkomstlogg;
    }

    /** Registers an ansökan, anmälan or annat sätt (R01). 201 with the case; 400 names every bad field. */
    @PostMapping("/aktualiseringar")
    ResponseEntity<RegistreradAktualisering> registrera(@Valid @RequestBody NyAktualisering aktualisering,
            Authentication inloggad) {
        RegistreradAktualisering registrerad = arenden.registrera(aktualisering, inloggad.getName());
        return ResponseEntity.created(URI.create("/api/arenden/" + registrerad.arendeId())).body(registrerad);
    }

    /** C2: past 14 days only for synnerliga skäl, recorded. */
    @PostMapping("/aktualiseringar/{id}/forhandsbedomning/forlangningar")
    ResponseEntity<Void> forlangForhandsbedomning(@PathVariable UUID id,
            @Valid @RequestBody se.tillit.arende.ForlangningAvForhandsbedomning forlangning) {
        arenden.forlangForhandsbedomning(id, forlangning);
        return ResponseEntity.noContent().build();
    }

    record Avslut(@jakarta.validation.constraints.NotNull(message = "Avslutsorsak saknas") se.tillit.arende.Avslutsorsak avslutsorsak) {
    }

    /** Closes the case with a reason from the controlled vocabulary (R13). */
    @PostMapping("/arenden/{id}/avslut")
    Arende avsluta(@PathVariable UUID id, @Valid @RequestBody Avslut avslut) {
        return arenden.avslutaPaBegaran(id, avslut.avslutsorsak());
    }

    @GetMapping("/arenden/{id}")
    Arende arende(@PathVariable UUID id) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte("Ärendet finns inte: " + id));
        if (!aktuellAnvandare.kanLasaEnhet(arende.enhet())) {
            // the same answer as for a case that does not exist: no telling who has a case elsewhere
            throw new HittadesInte("Ärendet finns inte: " + id);
        }
        atkomstlogg.logga(se.tillit.revision.Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "API: ärendet");
        return arende;
    }
}
