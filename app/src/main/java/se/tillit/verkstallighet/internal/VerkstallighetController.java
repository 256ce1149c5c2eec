package se.tillit.verkstallighet.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.tillit.verkstallighet.Drojsmalsorsak;
import se.tillit.verkstallighet.EjVerkstalldaBeslut;
import se.tillit.verkstallighet.Verkstalligheter;

@RestController
@RequestMapping("/api/beslut/{id}")
class VerkstallighetController {

    private final Verkstalligheter verkstalligheter;

    VerkstallighetController(Verkstalligheter verkstalligheter) {
        this.verkstalligheter = verkstalligheter;
    }

    record Verkstalld(@NotNull(message = "Verkställighetsdatum saknas") LocalDate verkstalld) {
    }

    record Avbrott(@NotNull(message = "Från-datum saknas") LocalDate fran,
            @NotBlank(message = "Orsak saknas") @Size(max = 400, message = "Högst 400 tecken") String orsak) {
    }

    record Aterupptagande(@NotNull(message = "Datum saknas") LocalDate datum) {
    }

    record BokadPlats(@NotNull(message = "Datum saknas") LocalDate datum) {
    }

    /** The provider has booked a place in bostad med särskild service (R24: tomdygn from this day until move-in). */
    @PostMapping("/plats-bokad")
    ResponseEntity<Void> platsBokad(@PathVariable UUID id, @Valid @RequestBody BokadPlats plats) {
        verkstalligheter.registreraBokadPlats(id, plats.datum());
        return ResponseEntity.noContent().build();
    }

    record Narvaro(@NotNull(message = "Dag saknas") LocalDate dag, boolean narvarande) {
    }

    /** Attendance at egen-regi daily activity (R26): days and whether the user attended, at most a year at a time. */
    @PostMapping("/narvaro")
    ResponseEntity<Void> narvaro(@PathVariable UUID id,
            @RequestBody @jakarta.validation.constraints.NotEmpty(message = "Inga dagar") @Size(max = 366, message = "Högst 366 dagar åt gången")
            java.util.List<@Valid @NotNull Narvaro> dagar) {
        verkstalligheter.registreraNarvaro(dagar.stream()
                .map(dag -> new se.tillit.verkstallighet.Narvarodag(id, dag.dag(), dag.narvarande())).toList());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/verkstallighet")
    ResponseEntity<Void> verkstalld(@PathVariable UUID id, @Valid @RequestBody Verkstalld verkstalld) {
        verkstalligheter.rapporteraVerkstalld(id, verkstalld.verkstalld());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/avbrott")
    ResponseEntity<Void> avbrott(@PathVariable UUID id, @Valid @RequestBody Avbrott avbrott) {
        verkstalligheter.registreraAvbrott(id, avbrott.fran(), avbrott.orsak());
        return ResponseEntity.noContent().build();
    }

    /** The provider accepts the order (issue 17): from then on it is the provider's to start. */
    @PostMapping("/acceptans")
    ResponseEntity<Void> acceptans(@PathVariable UUID id) {
        verkstalligheter.acceptera(id);
        return ResponseEntity.noContent().build();
    }

    record Hinder(@NotNull(message = "Orsak saknas: " + EjVerkstalldaBeslut.ORSAKER) Drojsmalsorsak orsak,
            @Size(max = 2000, message = "Högst 2000 tecken") String orsakText) {
    }

    /**
     * Why the provider cannot start the order, or resume it after an avbrott, yet (issue 17): the reason of the
     * ej-verkställt record and IVO's report.
     */
    @PostMapping("/hinder")
    ResponseEntity<Void> hinder(@PathVariable UUID id, @Valid @RequestBody Hinder hinder) {
        verkstalligheter.angeHinder(id, hinder.orsak(), hinder.orsakText());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/aterupptagande")
    ResponseEntity<Void> aterupptagande(@PathVariable UUID id, @Valid @RequestBody Aterupptagande aterupptagande) {
        verkstalligheter.registreraAterupptagande(id, aterupptagande.datum());
        return ResponseEntity.noContent().build();
    }
}
