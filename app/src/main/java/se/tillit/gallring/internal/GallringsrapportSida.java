package se.tillit.gallring.internal;

import static se.tillit.drift.Csv.cell;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tillit.gallring.Aktbedomning;
import se.tillit.revision.Atkomstlogg;

/**
 * The gallring report (C4 item 43, issue 18) for ADMIN and REVISOR: every run, and per run what was due, what was kept
 * and why (the table's row and its provision), who ran, approved, confirmed or rejected it; as a page and as CSV. What
 * was destroyed comes with the destruction, in a later version. The report is never deleted (V50).
 */
@Controller
class GallringsrapportSida {

    private final Gallringsforvaltning forvaltning;

    GallringsrapportSida(Gallringsforvaltning forvaltning) {
        this.forvaltning = forvaltning;
    }

    @GetMapping("/gallringsrapporter")
    String korningar(Model model) {
        model.addAttribute("korningar", forvaltning.korningar());
        return "gallringsrapporter";
    }

    @GetMapping("/gallringsrapporter/{korningId}")
    String rapport(@PathVariable UUID korningId, Model model) {
        model.addAttribute("rapport", forvaltning.rapport(korningId, Atkomstlogg.Handling.LAS));
        return "gallringsrapport";
    }

    /** One line per case and kind of record: the file's outcome beside each reason, so a spreadsheet can filter. */
    @GetMapping("/gallringsrapporter/{korningId}.csv")
    ResponseEntity<String> csv(@PathVariable UUID korningId) {
        Gallringsforvaltning.Rapport rapport = forvaltning.rapport(korningId, Atkomstlogg.Handling.EXPORT);
        Korning k = rapport.korning();
        StringBuilder csv = new StringBuilder("korningsdag;regelversion;status;skapad_av;godkand_av;bekraftad_av;personnummer;"
                + "aktens_utfall;sista_anteckning;gallringsdatum;senast;arendenummer;slag;regel;kalla;regelns_utfall;aktuell;"
                + "tidigast;forfallen\r\n");
        for (Gallringsforvaltning.Aktvy vy : rapport.akter()) {
            Korningsregister.Akt akt = vy.akt();
            for (Aktbedomning.Grund g : akt.grunder()) {
                csv.append(java.util.stream.Stream.of(k.korningsdag(), k.regelversion(), k.status(), k.skapadAv(), k.godkandAv(),
                                k.bekraftadAv(), vy.personnummer(), akt.utfall(), akt.sistaAnteckning(), akt.gallringsdatum(),
                                akt.senast(), g.arendenummer(), g.slag(), g.regel(), g.kalla(), g.gallras() ? "GALLRAS" : "BEVARAS",
                                g.aktuell(), g.tidigast(), g.forfallen() ? "ja" : "nej")
                        .map(v -> cell(v == null ? "" : v.toString())).collect(Collectors.joining(";"))).append("\r\n");
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gallringsrapport-" + k.korningsdag() + ".csv\"")
                .body(csv.toString());
    }
}
