package se.tillit.sakerhet.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.internal.Kontoregister.Enhetsrad;

/**
 * The administrator's pages of units: the list with the form for a new unit, and a unit with its new name, its case
 * types, deactivation (refused while it has open cases) and reactivation, and its history. A refused change shows the
 * page again with the errors (400); nothing is saved.
 */
@Controller
class EnhetSida {

    private final Kontoadministration administration;

    EnhetSida(Kontoadministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/enheter")
    String lista(Model model) {
        return enheter(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/enheter")
    String skapa(@RequestParam Map<String, String> falt, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Enhetsrad enhet = administration.skapaEnhet(falt.get("kod"), falt.get("namn"), falt.get("typ"),
                    falt.get("orsak"), Kanal.SIDA);
            redirect.addFlashAttribute("meddelande", "enhet.meddelande.skapad");
            return "redirect:" + adress(enhet.kod());
        } catch (Valideringsfel e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return enheter(model, falt, fel(e));
        }
    }

    @GetMapping("/admin/enheter/{kod}")
    String enhet(@PathVariable String kod, Model model) {
        return enhetssida(kod, model, null, Map.of(), Map.of());
    }

    @PostMapping("/admin/enheter/{kod}/namn")
    String bytNamn(@PathVariable String kod, @RequestParam Map<String, String> falt, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return andring(kod, "namn", falt, model, response, redirect, "enhet.meddelande.nyttNamn",
                () -> administration.bytNamn(kod, falt.get("namn"), falt.get("orsak"), Kanal.SIDA));
    }

    /** One checkbox per case type, {@code arendetyp} repeated; none ticked: the unit takes every type. */
    @PostMapping("/admin/enheter/{kod}/arendetyper")
    String sattArendetyper(@PathVariable String kod,
            @RequestParam(name = "arendetyp", required = false) List<String> arendetyper, @RequestParam Map<String, String> falt,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> valda = arendetyper == null ? List.of() : arendetyper;
        // a refused form shows the boxes as they were ticked, not as they are saved
        model.addAttribute("valdaArendetyper", valda);
        return andring(kod, "arendetyper", falt, model, response, redirect, "enhet.meddelande.arendetyper",
                () -> administration.sattArendetyper(kod, new LinkedHashSet<>(valda), falt.get("orsak"), Kanal.SIDA));
    }

    @PostMapping("/admin/enheter/{kod}/inaktivering")
    String inaktivera(@PathVariable String kod, @RequestParam Map<String, String> falt, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return andring(kod, "inaktivera", falt, model, response, redirect, "enhet.meddelande.inaktiverad",
                () -> administration.inaktiveraEnhet(kod, falt.get("orsak"), Kanal.SIDA));
    }

    @PostMapping("/admin/enheter/{kod}/aktivering")
    String aktivera(@PathVariable String kod, @RequestParam Map<String, String> falt, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return andring(kod, "aktivera", falt, model, response, redirect, "enhet.meddelande.aktiverad",
                () -> administration.aktiveraEnhet(kod, falt.get("orsak"), Kanal.SIDA));
    }

    private String andring(String kod, String formular, Map<String, String> falt, Model model,
            HttpServletResponse response, RedirectAttributes redirect, String klart, Supplier<Enhetsrad> andring) {
        try {
            Enhetsrad enhet = andring.get();
            redirect.addFlashAttribute("meddelande", klart);
            return "redirect:" + adress(enhet.kod());
        } catch (Valideringsfel e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return enhetssida(kod, model, formular, falt, fel(e));
        }
    }

    private String enheter(Model model, Map<String, String> varden, Map<String, String> fel) {
        model.addAttribute("enheter", administration.enheter(Kanal.SIDA));
        model.addAttribute("typer", Enhetstyp.values());
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        return "admin-enheter";
    }

    private String enhetssida(String kod, Model model, String formular, Map<String, String> varden, Map<String, String> fel) {
        Enhetsrad enhet = administration.enhet(kod, Kanal.SIDA);
        model.addAttribute("e", enhet);
        model.addAttribute("historik", administration.enhetshistorik(enhet.kod(), Kanal.SIDA));
        List<String> arendetyper = administration.arendetyper(enhet.kod(), Kanal.SIDA);
        model.addAttribute("arendetyper", arendetyper);
        model.addAttribute("allaArendetyper", administration.allaArendetyper());
        if (!model.containsAttribute("valdaArendetyper")) {
            model.addAttribute("valdaArendetyper", arendetyper);
        }
        model.addAttribute("formular", formular);
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        return "admin-enhet";
    }

    private static Map<String, String> fel(Valideringsfel e) {
        Map<String, String> fel = new LinkedHashMap<>();
        e.fel().forEach(f -> fel.putIfAbsent(f.falt(), f.orsak()));
        return fel;
    }

    static String adress(String kod) {
        return "/admin/enheter/" + UriUtils.encodePathSegment(kod, java.nio.charset.StandardCharsets.UTF_8);
    }
}
