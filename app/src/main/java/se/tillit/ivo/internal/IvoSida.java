package se.tillit.ivo.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.drift.Csv;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;

/**
 * The quarter's EVB reports for the chef (their units), the revisor (de-identified) and the administrator (all;
 * submits): IVO's individual report, the revisor report, the statistics for kommunfullmäktige, the särskild-avgift
 * flags, each as CSV and PDF (C9, C36–C38).
 */
@Controller
@RequiredArgsConstructor
class IvoSida {

    enum Rapport {
        INDIVIDRAPPORT,
        REVISORSRAPPORT,
        STATISTIK
    }

    private final Kvartalsrapporter rapporter;
    private final IvoPdf pdf;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    @GetMapping("/ivo")
    String sida(
            @RequestParam(required = false) String kvartal, @RequestParam(required = false) String enhet, Model model) {
        IvoLasare lasare = lasare();
        LocalDate idag = LocalDate.now(clock);
        Kvartal valt = kvartal == null || kvartal.isBlank() ? Kvartal.med(idag).foregaende() : Kvartal.tolka(kvartal);
        Kvartalsrapport rapport = rapporter.rapport(valt).synligt(lasare.synlig(enhet));
        if (lasare.individrapport()) {
            logga(atkomstlogg, rapport, Atkomstlogg.Handling.LAS);
        }
        model.addAttribute("kvartal", valt);
        model.addAttribute("foregaende", valt.foregaende());
        model.addAttribute("nasta", valt.nasta().forsta().isAfter(idag) ? null : valt.nasta());
        model.addAttribute("enhet", enhet == null || enhet.isBlank() ? null : enhet.strip());
        model.addAttribute("rapport", rapport);
        model.addAttribute("fonsterStatus", rapport.fonster().status(idag));
        model.addAttribute("pagar", !idag.isAfter(valt.sista()));
        model.addAttribute("individ", lasare.individrapport());
        model.addAttribute("flaggaManader", rapporter.flaggaManader());
        model.addAttribute(
                "kanLamnasIn",
                lasare.kanLamnaIn()
                        && !rapport.inlamnad()
                        && idag.isAfter(valt.sista())
                        && !idag.isBefore(rapport.fonster().fran()));
        return "ivo";
    }

    @GetMapping("/ivo/{kvartal}/{rapport}.csv")
    ResponseEntity<String> csv(
            @PathVariable String kvartal, @PathVariable String rapport, @RequestParam(required = false) String enhet) {
        Export export = export(kvartal, rapport, enhet);
        String innehall = switch (export.rapport()) {
            case INDIVIDRAPPORT -> IvoCsv.individrapport(export.kvartalsrapport());
            case REVISORSRAPPORT -> IvoCsv.revisorsrapport(export.kvartalsrapport());
            case STATISTIK -> IvoCsv.statistik(export.kvartalsrapport());
        };
        return Csv.fil(export.filnamn() + ".csv", innehall);
    }

    @GetMapping("/ivo/{kvartal}/{rapport}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String kvartal, @PathVariable String rapport, @RequestParam(required = false) String enhet) {
        Export export = export(kvartal, rapport, enhet);
        Kvartalsrapport kvartalsrapport = export.kvartalsrapport();
        Map<String, Object> variabler = new HashMap<>();
        variabler.put("rapport", kvartalsrapport);
        variabler.put("vilken", export.rapport().name());
        variabler.put("enhet", enhet == null || enhet.isBlank() ? null : enhet.strip());
        variabler.put("flaggaManader", rapporter.flaggaManader());
        variabler.put("utskriven", java.time.ZonedDateTime.now(clock).toOffsetDateTime());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.filnamn() + ".pdf\"")
                .body(pdf.rendera(variabler));
    }

    @PostMapping("/ivo/{kvartal}/inlamning")
    String lamnaIn(
            @PathVariable String kvartal, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        IvoLasare lasare = lasare();
        if (!lasare.kanLamnaIn()) {
            throw new AccessDeniedException("ivo.fel.baraAdministratorenNamndensHuvudrapportorLamnarInKvartalets");
        }
        Kvartal valt = Kvartal.tolka(kvartal);
        try {
            rapporter.lamnaIn(valt, lasare.anvandare().anvandarnamn());
        } catch (Valideringsfel refusal) {
            // the page again with the reason; nothing was stored
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("inlamningsfel", refusal.fel());
            return sida(valt.toString(), null, model);
        }
        redirect.addFlashAttribute("meddelande", "ivo.inlamnad");
        return "redirect:/ivo?kvartal=" + valt;
    }

    private record Export(Rapport rapport, Kvartalsrapport kvartalsrapport, String filnamn) {}

    private Export export(String kvartal, String namn, String enhet) {
        IvoLasare lasare = lasare();
        Rapport rapport = switch (namn) {
            case "individrapport" -> Rapport.INDIVIDRAPPORT;
            case "revisorsrapport" -> Rapport.REVISORSRAPPORT;
            case "statistik" -> Rapport.STATISTIK;
            default -> throw new HittadesInte(Texter.text("ivo.fel.ingenSadanRapport", namn));
        };
        if (rapport == Rapport.INDIVIDRAPPORT && !lasare.individrapport()) {
            throw new AccessDeniedException("ivo.fel.ivoSIndividrapportVisasForCheferOch");
        }
        Kvartal valt = Kvartal.tolka(kvartal);
        Kvartalsrapport kvartalsrapport = rapporter.rapport(valt).synligt(lasare.synlig(enhet));
        if (rapport == Rapport.INDIVIDRAPPORT) {
            logga(atkomstlogg, kvartalsrapport, Atkomstlogg.Handling.EXPORT);
        }
        return new Export(rapport, kvartalsrapport, "ivo-" + namn + "-" + valt);
    }

    /** The individual report reads each case (its reasons, offers, the person's birth date and sex): logged per case. */
    static void logga(Atkomstlogg atkomstlogg, Kvartalsrapport rapport, Atkomstlogg.Handling handling) {
        Set<List<UUID>> loggade = new LinkedHashSet<>();
        for (Individrad rad : rapport.rader()) {
            if (loggade.add(List.of(rad.arendeId(), rad.personId()))) {
                atkomstlogg.logga(handling, rad.arendeId(), rad.personId(), "IVO-rapport " + rapport.kvartal());
            }
        }
    }

    private IvoLasare lasare() {
        return IvoLasare.av(aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad")));
    }
}
