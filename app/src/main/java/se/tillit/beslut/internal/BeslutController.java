package se.tillit.beslut.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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

@RestController
@RequestMapping("/api")
class BeslutController {

    private final Beslutsregister beslut;

    BeslutController(Beslutsregister beslut) {
        this.beslut = beslut;
    }

    record Delgivning(@NotNull(message = "Delgivningsdatum saknas") LocalDate delgivningsdatum) {
    }

    record NyttOverklagande(@NotNull(message = "Datum då överklagandet kom in saknas") LocalDate inkom) {
    }

    record Domslut(@NotBlank(message = "Utfall saknas: BIFALLET, AVSLAGET eller UNDANROJT") String utfall,
            @NotNull(message = "Domens datum saknas") LocalDate domDatum) {
    }

    @PostMapping("/arenden/{arendeId}/beslut")
    ResponseEntity<Beslut> fatta(@PathVariable UUID arendeId, @Valid @RequestBody NyttBeslut nytt) {
        Beslut fattat = beslut.fatta(arendeId, nytt);
        return ResponseEntity.created(URI.create("/api/beslut/" + fattat.id())).body(fattat);
    }

    @GetMapping("/beslut/{id}")
    Beslut hitta(@PathVariable UUID id) {
        return beslut.hitta(id).orElseThrow(() -> new HittadesInte("Beslutet finns inte: " + id));
    }

    @PostMapping("/beslut/{id}/delgivning")
    Beslut delgivning(@PathVariable UUID id, @Valid @RequestBody Delgivning delgivning) {
        return beslut.registreraDelgivning(id, delgivning.delgivningsdatum());
    }

    @PostMapping("/beslut/{id}/overklaganden")
    ResponseEntity<Beslutsregister.Overklagande> overklagande(@PathVariable UUID id, @Valid @RequestBody NyttOverklagande ny) {
        Beslutsregister.Overklagande overklagande = beslut.registreraOverklagande(id, ny.inkom());
        return ResponseEntity.status(201).body(overklagande);
    }

    @PostMapping("/overklaganden/{id}/domslut")
    ResponseEntity<Void> domslut(@PathVariable UUID id, @Valid @RequestBody Domslut domslut) {
        beslut.registreraDomslut(id, domslut.utfall(), domslut.domDatum());
        return ResponseEntity.noContent().build();
    }
}
