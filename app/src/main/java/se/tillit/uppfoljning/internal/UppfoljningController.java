package se.tillit.uppfoljning.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.tillit.uppfoljning.Uppfoljningar;

@RestController
class UppfoljningController {

    private final Uppfoljningar uppfoljningar;

    UppfoljningController(Uppfoljningar uppfoljningar) {
        this.uppfoljningar = uppfoljningar;
    }

    record Rapport(@NotBlank(message = "Resultat saknas: FORTSATT, NYTT_BESLUT eller AVSLUT") String resultat,
            @NotBlank(message = "Anteckning saknas") @Size(min = 10, max = 4000, message = "10–4000 tecken") String anteckning) {
    }

    /** The decision's due follow-up (R15). */
    @PostMapping("/api/beslut/{id}/uppfoljning")
    ResponseEntity<Void> rapportera(@PathVariable UUID id, @Valid @RequestBody Rapport rapport) {
        uppfoljningar.rapportera(id, rapport.resultat(), rapport.anteckning());
        return ResponseEntity.noContent().build();
    }
}
