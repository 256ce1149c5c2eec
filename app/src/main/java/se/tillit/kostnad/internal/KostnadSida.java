package se.tillit.kostnad.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.drift.Csv;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The month's cost for the chef (the orders of their units) and the administrator (all): per provider, insats and
 * ordering unit, what could not be priced, CSV; the administrator closes a month and imports performed hours.
 */
@Controller
@RequiredArgsConstructor
class KostnadSida {

    private final Manadskostnader manadskostnader;
    private final UtfordTidImport utfordTid;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;
    private final KostnadCsv kostnadCsv;

    @GetMapping("/kostnader")
    String sida(@RequestParam(required = false) String manad, Model model) {
        InloggadAnvandare lasare = lasare();
        YearMonth vald = manad(manad);
        Manadsrapport rapport = manadskostnader.rapport(vald).synligt(synligFor(lasare));
        model.addAttribute("manad", vald);
        model.addAttribute("foregaende", vald.minusMonths(1));
        model.addAttribute("nasta", vald.plusMonths(1));
        model.addAttribute("rapport", rapport);
        model.addAttribute("summering", rapport.summering());
        model.addAttribute("admin", lasare.harRoll(Roll.ADMIN));
        model.addAttribute(
                "kanStangas", lasare.harRoll(Roll.ADMIN) && rapport.oppen() && vald.isBefore(YearMonth.now(clock)));
        return "kostnader";
    }

    @GetMapping(value = "/kostnader.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String manad, @RequestParam(defaultValue = "false") boolean detalj) {
        InloggadAnvandare lasare = lasare();
        YearMonth vald = manad(manad);
        Manadsrapport rapport = manadskostnader.rapport(vald).synligt(synligFor(lasare));
        String innehall = detalj ? kostnadCsv.detalj(rapport) : kostnadCsv.summering(rapport);
        return Csv.fil("kostnader-" + vald + (detalj ? "-detalj" : "") + ".csv", innehall);
    }

    @PostMapping("/kostnader/stang")
    String stang(@RequestParam String manad, RedirectAttributes redirect) {
        InloggadAnvandare admin = admin();
        if (manad.isBlank()) {
            // closing cannot be undone: the month is named, never taken to be last month as the page's view does
            throw new Valideringsfel("manad", "kostnad.fel.angeVilkenManadSomSkaStangasAaaa");
        }
        YearMonth vald = manad(manad);
        manadskostnader.stang(vald, admin.anvandarnamn());
        redirect.addFlashAttribute("meddelande", "kostnader.stangd");
        return "redirect:/kostnader?manad=" + vald;
    }

    @PostMapping("/kostnader/utford-tid")
    String importera(
            @RequestParam("fil") MultipartFile fil,
            @RequestParam(required = false) String manad,
            RedirectAttributes redirect,
            Model model,
            HttpServletResponse response)
            throws IOException {
        InloggadAnvandare admin = admin();
        try {
            UtfordTidImport.Resultat resultat = utfordTid.importera(
                    new String(fil.getBytes(), StandardCharsets.UTF_8), kalla(fil), admin.anvandarnamn());
            redirect.addFlashAttribute("importerade", resultat.rader());
            return "redirect:/kostnader" + (manad == null ? "" : "?manad=" + manad(manad));
        } catch (Valideringsfel refusal) {
            // the page again with every faulty line; nothing was imported
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("importfel", refusal.fel());
            return sida(manad, model);
        }
    }

    private static String kalla(MultipartFile fil) {
        String namn = fil.getOriginalFilename() == null
                ? "uppladdad fil"
                : fil.getOriginalFilename().strip();
        return namn.length() > 200 ? namn.substring(0, 200) : namn;
    }

    private YearMonth manad(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock).minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Valideringsfel("manad", "kostnad.fel.manadSkrivsAaaaMmTillExempel2014");
        }
    }

    private InloggadAnvandare lasare() {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        if (!anvandare.harRoll(Roll.CHEF) && !anvandare.harRoll(Roll.ADMIN)) {
            throw new AccessDeniedException("kostnad.fel.kostnadernaVisasForCheferOchAdministratorer");
        }
        return anvandare;
    }

    private InloggadAnvandare admin() {
        InloggadAnvandare anvandare = lasare();
        if (!anvandare.harRoll(Roll.ADMIN)) {
            throw new AccessDeniedException("kostnad.fel.baraEnAdministratorStangerEnManadEller");
        }
        return anvandare;
    }

    /** The administrator sees every unit; a chef the orders placed by the units they lead. */
    static Predicate<String> synligFor(InloggadAnvandare anvandare) {
        if (anvandare.harRoll(Roll.ADMIN) || anvandare.harRoll(Roll.INTEGRATION)) {
            return enhet -> true;
        }
        var enheter = anvandare.enheterMedRoll(Roll.CHEF);
        return enheter::contains;
    }
}
