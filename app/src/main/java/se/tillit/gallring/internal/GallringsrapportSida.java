package se.tillit.gallring.internal;

import static se.tillit.drift.Csv.cell;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.tillit.drift.Csv;
import se.tillit.gallring.Aktbedomning;
import se.tillit.revision.Atkomstlogg;

/**
 * The gallring report (C4 item 43, issue 18) for ADMIN and REVISOR: every run, and per run what was due, what was kept
 * and why (the table's row and its provision), who ran, approved, confirmed or rejected it, and what its destruction did
 * (per person and case: destroyed or kept and why, the rows per kind, when; docs/adr/0024), and what it delivered to the
 * e-archive (docs/adr/0025); as a page and as CSV. A
 * destroyed person is named by no one: no personnummer, only the run's ids. The report is never deleted (V50, V52).
 */
@Controller
@RequiredArgsConstructor
class GallringsrapportSida {

    private final Gallringsforvaltning forvaltning;

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

    /**
     * One line per case and kind of record: the file's outcome beside each reason, and what the destruction did with the
     * case (its latest attempt: destroyed or kept and why, when, the rows per kind; for a case kept for the research
     * sample, delivered to the e-archive or why not, the package, its SHA-256 and when), so a spreadsheet can filter.
     */
    @GetMapping("/gallringsrapporter/{korningId}.csv")
    ResponseEntity<String> csv(@PathVariable UUID korningId) {
        Gallringsforvaltning.Rapport rapport = forvaltning.rapport(korningId, Atkomstlogg.Handling.EXPORT);
        Korning k = rapport.korning();
        StringBuilder csv =
                new StringBuilder("korningsdag;regelversion;status;skapad_av;godkand_av;bekraftad_av;personnummer;"
                        + "aktens_utfall;sista_anteckning;gallringsdatum;senast;arendenummer;slag;regel;kalla;regelns_utfall;aktuell;"
                        + "tidigast;forfallen;forstoring;forstord;arendet_gallrat;orsak;rader;personen_gallrad;loggrader;"
                        + "arkiv_levererat;arkiv_orsak;arkiv_paket_id;arkiv_sha256;arkiv_levererad\r\n");
        for (Gallringsforvaltning.Aktvy vy : rapport.akter()) {
            Korningsregister.Akt akt = vy.akt();
            Optional<Forstoring> forsok = vy.senaste();
            for (Aktbedomning.Grund g : akt.grunder()) {
                Optional<Forstoring.Arendet> arendet = forsok.flatMap(f -> f.arenden().stream()
                        .filter(a -> a.arendeId().equals(g.arendeId()))
                        .findFirst());
                Optional<Forstoring.Arkivarende> arkiverat = forsok.flatMap(f -> f.arkivarenden().stream()
                        .filter(a -> a.arendeId().equals(g.arendeId()))
                        .findFirst());
                Optional<Forstoring.Arkivering> leverans = arkiverat
                        .filter(Forstoring.Arkivarende::levererat)
                        .flatMap(a -> forsok.map(Forstoring::arkivering));
                csv.append(Stream.of(
                                        k.korningsdag(),
                                        k.regelversion(),
                                        k.status(),
                                        k.skapadAv(),
                                        k.godkandAv(),
                                        k.bekraftadAv(),
                                        vy.personnummer(),
                                        akt.utfall(),
                                        akt.sistaAnteckning(),
                                        akt.gallringsdatum(),
                                        akt.senast(),
                                        g.arendenummer(),
                                        g.slag(),
                                        g.regel(),
                                        g.kalla(),
                                        g.gallras() ? "GALLRAS" : "BEVARAS",
                                        g.aktuell(),
                                        g.tidigast(),
                                        g.forfallen() ? "ja" : "nej",
                                        forsok.map(Forstoring::utfall).orElse(null),
                                        forsok.map(f -> f.klar()
                                                        .toLocalDateTime()
                                                        .withNano(0))
                                                .orElse(null),
                                        arendet.map(a -> a.gallrat() ? "ja" : "nej")
                                                .orElse(null),
                                        arendet.map(Forstoring.Arendet::orsak)
                                                .or(() -> forsok.map(Forstoring::orsak))
                                                .orElse(null),
                                        forsok.map(f -> rader(f.rader(g.arendeId())))
                                                .orElse(null),
                                        forsok.map(f -> f.personenGallrad() ? "ja" : "nej")
                                                .orElse(null),
                                        forsok.map(Forstoring::loggrader).orElse(null),
                                        arkiverat
                                                .map(a -> a.levererat() ? "ja" : "nej")
                                                .orElse(null),
                                        arkiverat
                                                .map(Forstoring.Arkivarende::orsak)
                                                .orElse(null),
                                        leverans.map(Forstoring.Arkivering::paketId)
                                                .orElse(null),
                                        leverans.map(Forstoring.Arkivering::sha256)
                                                .orElse(null),
                                        leverans.map(l -> l.levererad()
                                                        .toLocalDateTime()
                                                        .withNano(0))
                                                .orElse(null))
                                .map(v -> cell(v == null ? "" : v.toString()))
                                .collect(Collectors.joining(";")))
                        .append("\r\n");
            }
        }
        return Csv.fil("gallringsrapport-" + k.korningsdag() + ".csv", csv);
    }

    /** The rows per kind as one cell, e.g. {@code arende=1 journalanteckning=3}. */
    private static String rader(List<Forstoring.Rad> rader) {
        return rader.stream().map(r -> r.slag() + "=" + r.antal()).collect(Collectors.joining(" "));
    }
}
