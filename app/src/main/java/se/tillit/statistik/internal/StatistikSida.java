package se.tillit.statistik.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.statistik.Statistikkoder.Insamling;

/**
 * The files for Socialstyrelsen (issue 19): the month's SoL file and the year's LSS file with their counts by insats and
 * sex beside the period before, the errors to fix, generation on demand (chef, ADMIN), the download and the registration
 * of the submission (ADMIN).
 */
@Controller
@RequiredArgsConstructor
class StatistikSida {

    private final Statistikfiler filer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    @GetMapping("/statistik")
    String sida(
            @RequestParam(required = false) String insamling,
            @RequestParam(required = false) String period,
            Model model) {
        StatistikLasare lasare = lasare();
        LocalDate idag = LocalDate.now(clock);
        Insamling vald =
                insamling == null || insamling.isBlank() ? Insamling.SOL : Statistikperiod.insamling(insamling);
        Statistikperiod valt = period == null || period.isBlank()
                ? Statistikperiod.senaste(vald, idag)
                : Statistikperiod.tolka(vald.name(), period);
        return visa(valt, lasare, model, Map.of(), Map.of());
    }

    private String visa(
            Statistikperiod valt,
            StatistikLasare lasare,
            Model model,
            Map<String, String> fel,
            Map<String, String> varden) {
        LocalDate idag = LocalDate.now(clock);
        Statistikfil fil = filer.hamta(valt).orElse(null);
        Statistikfil foregaende = filer.hamta(valt.foregaende()).orElse(null);
        List<Framtagen.Antal> antal = fil == null ? List.of() : fil.antal();
        List<Framtagen.Antal> antalForegaende = foregaende == null ? List.of() : foregaende.antal();
        model.addAttribute("period", valt);
        model.addAttribute("foregaende", valt.foregaende());
        model.addAttribute("nasta", valt.nasta().tidigast().isAfter(idag.plusDays(1)) ? null : valt.nasta());
        model.addAttribute("fil", fil);
        model.addAttribute("filForegaende", foregaende);
        model.addAttribute("koder", Statistikfiler.kodordning(valt.insamling(), antal, antalForegaende));
        model.addAttribute(
                "synligaFel",
                fil == null
                        ? List.of()
                        : fil.fel().stream().filter(lasare::serFel).toList());
        model.addAttribute(
                "andraFel",
                fil == null
                        ? 0
                        : fil.fel().stream().filter(f -> !lasare.serFel(f)).count());
        model.addAttribute("admin", lasare.admin());
        model.addAttribute("kanGenerera", (fil == null || !fil.inlamnad()) && !idag.isBefore(valt.tidigast()));
        model.addAttribute("kanLamnaIn", lasare.admin() && fil != null && !fil.inlamnad() && fil.godkand());
        model.addAttribute("idag", idag);
        model.addAttribute("fel", fel);
        model.addAttribute("varden", varden);
        return "statistik";
    }

    @PostMapping("/statistik/{insamling}/{period}/framtagning")
    String generera(
            @PathVariable String insamling,
            @PathVariable String period,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StatistikLasare lasare = lasare();
        Statistikperiod valt = Statistikperiod.tolka(insamling, period);
        try {
            Statistikfil fil = filer.generera(valt, lasare.anvandare().anvandarnamn());
            atkomstlogg.loggaVisade(
                    Atkomstlogg.Handling.LAS,
                    "Statistikfil till Socialstyrelsen " + valt + " framtagen",
                    fil.personer());
        } catch (Valideringsfel refusal) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return visa(valt, lasare, model, refusal.perFalt(), Map.of());
        }
        redirect.addFlashAttribute("meddelande", "statistik.framtagen");
        return "redirect:/statistik?insamling=" + valt.insamling() + "&period=" + valt.period();
    }

    @GetMapping("/statistik/{insamling}/{period}.csv")
    ResponseEntity<String> ladda(@PathVariable String insamling, @PathVariable String period) {
        StatistikLasare lasare = lasare();
        if (!lasare.admin()) {
            throw new AccessDeniedException("statistik.fel.filenTillSocialstyrelsenLaddasNerAvAdministratoren");
        }
        Statistikperiod valt = Statistikperiod.tolka(insamling, period);
        Statistikfil fil = filer.hamta(valt).orElseThrow(() -> new HittadesInte("statistik.fel.filenArInteFramtagen"));
        if (!fil.godkand()) {
            throw new Valideringsfel("period", "statistik.fel.felKvar");
        }
        atkomstlogg.loggaVisade(
                Atkomstlogg.Handling.EXPORT, "Statistikfil till Socialstyrelsen " + valt, fil.personer());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fil.filnamn() + "\"")
                .header("X-Tillit-Sha256", fil.sha256())
                .body(fil.innehall());
    }

    @PostMapping("/statistik/{insamling}/{period}/inlamning")
    String lamnaIn(@PathVariable String insamling, @PathVariable String period, Skickat skickat) {
        StatistikLasare lasare = lasare();
        if (!lasare.admin()) {
            throw new AccessDeniedException("statistik.fel.baraAdministratorenRegistrerarAttFilenArInlamnad");
        }
        Statistikperiod valt = Statistikperiod.tolka(insamling, period);
        LocalDate datum;
        try {
            String text = skickat.falt().getOrDefault("inlamnad", "").strip();
            datum = text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            datum = null;
        }
        try {
            filer.lamnaIn(
                    valt,
                    datum,
                    skickat.falt("kvittens"),
                    skickat.falt("sha256"),
                    lasare.anvandare().anvandarnamn());
        } catch (Valideringsfel refusal) {
            // the page again with the reason; nothing was stored
            skickat.response().setStatus(HttpStatus.BAD_REQUEST.value());
            return visa(valt, lasare, skickat.model(), refusal.perFalt(), skickat.falt());
        }
        skickat.redirect().addFlashAttribute("meddelande", "statistik.inlamnad");
        return "redirect:/statistik?insamling=" + valt.insamling() + "&period=" + valt.period();
    }

    private StatistikLasare lasare() {
        return StatistikLasare.av(
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad")));
    }
}
