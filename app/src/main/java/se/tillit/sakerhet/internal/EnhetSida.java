package se.tillit.sakerhet.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.Skickat;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.internal.Kontoregister.Enhetsrad;

/**
 * The administrator's pages of units: the list with the form for a new unit, and a unit with its new name, its case
 * types, deactivation (refused while it has open cases) and reactivation, and its history. A refused change shows the
 * page again with the errors (400); nothing is saved.
 */
@Controller
@RequiredArgsConstructor
class EnhetSida {

    private final Kontoadministration administration;

    @GetMapping("/admin/enheter")
    String lista(Model model) {
        return enheter(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/enheter")
    String skapa(Skickat skickat) {
        return Formularsteg.kor(() -> administration.skapaEnhet(
                        skickat.falt("kod"),
                        skickat.falt("namn"),
                        skickat.falt("typ"),
                        skickat.falt("orsak"),
                        Kanal.SIDA))
                .klart(skickat.redirect(), "enhet.meddelande.skapad", EnhetSida::adress)
                .nekat(skickat.response(), fel -> enheter(skickat.model(), skickat.falt(), fel));
    }

    @GetMapping("/admin/enheter/{kod}")
    String enhet(@PathVariable String kod, Model model) {
        return enhetssida(kod, model, null, Map.of(), Map.of());
    }

    @PostMapping("/admin/enheter/{kod}/namn")
    String bytNamn(@PathVariable String kod, Skickat skickat) {
        return Formularsteg.kor(
                        () -> administration.bytNamn(kod, skickat.falt("namn"), skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "enhet.meddelande.nyttNamn", EnhetSida::adress)
                .nekat(skickat.response(), fel -> enhetssida(kod, skickat.model(), "namn", skickat.falt(), fel));
    }

    /** One checkbox per case type, {@code arendetyp} repeated; none ticked: the unit takes every type. */
    @PostMapping("/admin/enheter/{kod}/arendetyper")
    String sattArendetyper(
            @PathVariable String kod,
            @RequestParam(name = "arendetyp", required = false) List<String> arendetyper,
            Skickat skickat) {
        List<String> valda = arendetyper == null ? List.of() : arendetyper;
        // a refused form shows the boxes as they were ticked, not as they are saved
        skickat.model().addAttribute("valdaArendetyper", valda);
        return Formularsteg.kor(() -> administration.sattArendetyper(
                        kod, new LinkedHashSet<>(valda), skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "enhet.meddelande.arendetyper", EnhetSida::adress)
                .nekat(skickat.response(), fel -> enhetssida(kod, skickat.model(), "arendetyper", skickat.falt(), fel));
    }

    @PostMapping("/admin/enheter/{kod}/inaktivering")
    String inaktivera(@PathVariable String kod, Skickat skickat) {
        return Formularsteg.kor(() -> administration.inaktiveraEnhet(kod, skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "enhet.meddelande.inaktiverad", EnhetSida::adress)
                .nekat(skickat.response(), fel -> enhetssida(kod, skickat.model(), "inaktivera", skickat.falt(), fel));
    }

    @PostMapping("/admin/enheter/{kod}/aktivering")
    String aktivera(@PathVariable String kod, Skickat skickat) {
        return Formularsteg.kor(() -> administration.aktiveraEnhet(kod, skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "enhet.meddelande.aktiverad", EnhetSida::adress)
                .nekat(skickat.response(), fel -> enhetssida(kod, skickat.model(), "aktivera", skickat.falt(), fel));
    }

    private String enheter(Model model, Map<String, String> varden, Map<String, String> fel) {
        model.addAttribute("enheter", administration.enheter(Kanal.SIDA));
        model.addAttribute("typer", Enhetstyp.values());
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        return "admin-enheter";
    }

    private String enhetssida(
            String kod, Model model, String formular, Map<String, String> varden, Map<String, String> fel) {
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

    static String adress(Enhetsrad enhet) {
        return adress(enhet.kod());
    }

    static String adress(String kod) {
        return "/admin/enheter/" + UriUtils.encodePathSegment(kod, java.nio.charset.StandardCharsets.UTF_8);
    }
}
