package se.tillit.lexsarah.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
class LexSarahApi {

    private final LexSarahTjanst tjanst;
    private final LexSarahVy vy;

    LexSarahApi(LexSarahTjanst tjanst, LexSarahVy vy) {
        this.tjanst = tjanst;
        this.vy = vy;
    }

    @PostMapping("/api/lexsarah")
    ResponseEntity<LexSarahTjanst.Mottagen> rapportera(@RequestBody LexSarahTjanst.NyRapport ny) {
        LexSarahTjanst.Mottagen mottagen = tjanst.rapportera(ny);
        return ResponseEntity.created(URI.create("/api/lexsarah/" + mottagen.id())).body(mottagen);
    }

    @GetMapping("/api/lexsarah")
    List<LexSarahVy.Rad> lista(@RequestParam(defaultValue = "false") boolean baraOppna) {
        return vy.lista(baraOppna);
    }

    @GetMapping("/api/lexsarah/{id}")
    LexSarahVy.Rapport rapport(@PathVariable UUID id) {
        return vy.rapport(id);
    }

    @PostMapping("/api/lexsarah/{id}/utredning")
    LexSarahVy.Rapport utredning(@PathVariable UUID id, @RequestBody LexSarahTjanst.Utredning utredning) {
        tjanst.dokumenteraUtredning(id, utredning);
        return vy.rapport(id);
    }

    @PostMapping("/api/lexsarah/{id}/bedomning")
    LexSarahVy.Rapport bedomning(@PathVariable UUID id, @RequestBody LexSarahTjanst.Bedomning bedomning) {
        tjanst.bedom(id, bedomning);
        return vy.rapport(id);
    }

    @PostMapping("/api/lexsarah/{id}/atgarder")
    ResponseEntity<LexSarahVy.Rapport> atgard(@PathVariable UUID id, @RequestBody LexSarahTjanst.Atgard atgard) {
        tjanst.registreraAtgard(id, atgard);
        return ResponseEntity.status(201).body(vy.rapport(id));
    }

    @PostMapping("/api/lexsarah/{id}/ivo-anmalan")
    LexSarahVy.Rapport ivoAnmalan(@PathVariable UUID id, @RequestBody LexSarahTjanst.IvoAnmalan anmalan) {
        tjanst.registreraIvoAnmalan(id, anmalan);
        return vy.rapport(id);
    }

    @PostMapping("/api/lexsarah/{id}/avslut")
    LexSarahVy.Rapport avsluta(@PathVariable UUID id) {
        tjanst.avsluta(id);
        return vy.rapport(id);
    }
}
