package se.tillit.beslut.internal;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslutsbrev;
import se.tillit.beslut.Beslutsregister;
import se.tillit.fel.HittadesInte;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;

/** A decision letter as it was sent, byte for byte, to open or print from the case page; every opening is logged. */
@Controller
@RequiredArgsConstructor
class BeslutsbrevSida {

    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;

    @GetMapping("/beslutsbrev/{id}")
    @Transactional
    ResponseEntity<byte[]> brev(@PathVariable UUID id) {
        Beslutsbrev brev = beslut.brev(id).orElseThrow(() -> new HittadesInte("beslut.fel.beslutsbrevetFinnsInte"));
        Arende arende = arenden.hitta(brev.arendeId())
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .orElseThrow(() -> new HittadesInte("beslut.fel.beslutsbrevetFinnsInte"));
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Beslutsbrev " + id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("beslut-" + arende.arendenummer() + ".pdf")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(beslut.brevetsPdf(id));
    }
}
