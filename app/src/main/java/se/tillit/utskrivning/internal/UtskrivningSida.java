package se.tillit.utskrivning.internal;

import static se.tillit.drift.Csv.cell;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.drift.Csv;
import se.tillit.fel.Valideringsfel;

/** The pages of discharge: the unit's stays, one stay, the month's report, the administrator's settings. */
@Controller
@RequiredArgsConstructor
class UtskrivningSida {

    private final Utskrivningsvy vy;
    private final Utskrivningsinstallningar installningar;
    private final Clock clock;

    @GetMapping("/utskrivningar")
    String lista(@RequestParam(defaultValue = "true") boolean pagaende, Model model) {
        model.addAttribute("utskrivningar", vy.enhetensUtskrivningar(pagaende));
        model.addAttribute("pagaende", pagaende);
        return "utskrivningar";
    }

    @GetMapping("/utskrivningar/{id}")
    String utskrivning(@PathVariable UUID id, Model model) {
        model.addAttribute("d", vy.detalj(id));
        return "utskrivning";
    }

    @GetMapping("/utskrivningar/rapport")
    String rapport(@RequestParam(required = false) String manad, Model model) {
        YearMonth vald = manad(manad);
        model.addAttribute("rapport", vy.rapport(vald));
        model.addAttribute("foregaende", vald.minusMonths(1));
        model.addAttribute("nasta", vald.plusMonths(1));
        return "utskrivning-rapport";
    }

    @GetMapping("/utskrivningar/rapport.csv")
    ResponseEntity<String> rapportCsv(@RequestParam(required = false) String manad) {
        Utskrivningsvy.Rapport rapport = vy.rapport(manad(manad));
        StringBuilder csv = new StringBuilder(
                "manad;arende;enhet;vardform;overenskommelse;utskrivningsklara_dagar;betalningsdagar;belopp\r\n");
        for (Utskrivningsvy.Rapportrad rad : rapport.rader()) {
            csv.append(String.join(
                            ";",
                            cell(rapport.manad().toString()),
                            cell(rad.arendenummer()),
                            cell(rad.enhet()),
                            cell(rad.vardform()),
                            cell(rad.overenskommelse()),
                            cell(String.valueOf(rad.klaraDagar())),
                            cell(String.valueOf(rad.betalningsdagar())),
                            Csv.tal(rad.belopp())))
                    .append(Csv.RADSLUT);
        }
        return Csv.fil("utskrivningsklara-" + rapport.manad() + ".csv", csv);
    }

    @GetMapping("/admin/utskrivning")
    String installningar(Model model) {
        model.addAttribute("overenskommelser", installningar.overenskommelser());
        model.addAttribute("dygnsbelopp", installningar.dygnsbelopp());
        model.addAttribute("typer", Utskrivningsinstallningar.OVERENSKOMMELSER);
        return "admin-utskrivning";
    }

    @PostMapping("/admin/utskrivning/overenskommelser")
    String laggTill(
            @RequestParam String overenskommelse,
            @RequestParam String giltigFrom,
            @RequestParam(required = false) String giltigTom,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return spara(
                () -> installningar.laggTillOverenskommelse(
                        overenskommelse,
                        datum(giltigFrom, "giltigFrom"),
                        giltigTom == null || giltigTom.isBlank() ? null : datum(giltigTom, "giltigTom")),
                model,
                redirect,
                response);
    }

    @PostMapping("/admin/utskrivning/overenskommelser/avsluta")
    String avsluta(
            @RequestParam String giltigFrom,
            @RequestParam String giltigTom,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return spara(
                () -> installningar.avslutaOverenskommelse(
                        datum(giltigFrom, "giltigFrom"), datum(giltigTom, "giltigTom")),
                model,
                redirect,
                response);
    }

    @PostMapping("/admin/utskrivning/dygnsbelopp")
    String dygnsbelopp(
            @RequestParam String ar,
            @RequestParam String belopp,
            @RequestParam String kalla,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return spara(() -> installningar.sattDygnsbelopp(heltal(ar), tal(belopp), kalla), model, redirect, response);
    }

    /** Saves and goes back to the page, or shows the page again with the error and 400; nothing is saved then. */
    private String spara(Runnable andring, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            andring.run();
            redirect.addFlashAttribute("meddelande", "utskrivning.admin.sparad");
            return "redirect:/admin/utskrivning";
        } catch (Valideringsfel fel) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fel", fel.fel());
            return installningar(model);
        }
    }

    private YearMonth manad(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock).minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Valideringsfel("manad", "utskrivning.fel.manadSkrivsAaaaMm");
        }
    }

    private static LocalDate datum(String text, String falt) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Valideringsfel(falt, "fel.datumSkrivsAaaaMmDd");
        }
    }

    private static int heltal(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Valideringsfel("ar", "utskrivning.fel.arSkrivsMedFyraSiffror");
        }
    }

    private static BigDecimal tal(String text) {
        try {
            return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Valideringsfel("belopp", "utskrivning.fel.beloppIKronorTillExempel9300");
        }
    }
}
