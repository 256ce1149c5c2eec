package se.tillit.tabell.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.tillit.fel.Valideringsfel;
import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellmotor.NyVersion;

/** The same as the page for API clients (HTTP Basic, ADMIN): the tables, and the upload of a new version. */
@RestController
@RequestMapping("/api/admin/tabeller")
class TabellApi {

    private final Tabellforvaltning forvaltning;
    private final Problemtext problemtext;

    TabellApi(Tabellforvaltning forvaltning, Problemtext problemtext) {
        this.forvaltning = forvaltning;
        this.problemtext = problemtext;
    }

    @GetMapping
    List<Tabellforvaltning.Tabell> tabeller() {
        return forvaltning.tabeller();
    }

    /** A DMN file as the multipart part {@code fil}: 201 with the new version, or 400 naming every problem. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<NyVersion> driftsatt(@RequestParam(name = "fil", required = false) MultipartFile fil) throws IOException {
        try {
            NyVersion ny = forvaltning.driftsatt(fil == null ? null : fil.getOriginalFilename(),
                    fil == null ? new byte[0] : fil.getBytes());
            return ResponseEntity.created(URI.create("/api/admin/tabeller")).body(ny);
        } catch (TabellAvvisad avvisad) {
            throw new Valideringsfel(problemtext.texter(avvisad.problem()).stream()
                    .map(text -> new Valideringsfel.Faltfel("fil", text)).toList());
        }
    }
}
