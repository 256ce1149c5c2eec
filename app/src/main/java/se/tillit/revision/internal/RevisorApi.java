package se.tillit.revision.internal;

import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.tillit.fel.HittadesInte;
import se.tillit.revision.Atkomstlogg;
import se.tillit.revision.Revisionsunderlag;
import se.tillit.revision.Tidslinjepost;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The auditor's export of a case's whole history as JSON (the same timeline as {@link RevisorSida}'s page and CSV),
 * a download for the auditor's own tools. Outside /api: not part of the documented API, and logged as an export.
 */
@RestController
@RequiredArgsConstructor
class RevisorApi {

    private final Revisionsunderlag underlag;
    private final Arendehistorik historik;
    private final Atkomstlogg atkomstlogg;
    private final AktuellAnvandare aktuellAnvandare;

    @GetMapping(value = "/revision/arenden/{id}/historik.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Tidslinjepost.Handelse>> json(@PathVariable UUID id) {
        if (!aktuellAnvandare.hamta().map(a -> a.harRoll(Roll.REVISOR)).orElse(false)) {
            throw new AccessDeniedException("fel.forRevisorer");
        }
        Revisionsunderlag.Arendet arende =
                underlag.arende(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        atkomstlogg.logga(Atkomstlogg.Handling.EXPORT, arende.id(), arende.personId(), "Revision: export JSON");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"arende-" + arende.arendenummer() + ".json\"")
                .body(historik.handelser(arende));
    }
}
