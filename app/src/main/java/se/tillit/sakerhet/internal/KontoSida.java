package se.tillit.sakerhet.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
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
import se.tillit.drift.Svensktid;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.Roll;
import se.tillit.sakerhet.internal.Kontoregister.Konto;
import se.tillit.sakerhet.internal.Kontoregister.Rolltilldelning;

/**
 * The administrator's pages of accounts: the list (narrowed by unit, role and whether active), a new account, and an
 * account with its roles per unit, the forms that give and take a role, deactivate and reactivate it, and its history.
 * A refused change shows the page again with the errors beside the form's fields (400); nothing is saved.
 */
@Controller
@RequiredArgsConstructor
class KontoSida {

    private final Kontoadministration administration;

    @GetMapping("/admin/konton")
    String lista(
            @RequestParam(required = false) String enhet,
            @RequestParam(required = false) String roll,
            @RequestParam(required = false) String status,
            Model model) {
        Roll valdRoll = Arrays.stream(Roll.values())
                .filter(r -> r.name().equals(roll))
                .findFirst()
                .orElse(null);
        String valdStatus =
                status == null || !List.of("aktiva", "inaktiva", "alla").contains(status) ? "aktiva" : status;
        List<Kontoregister.Enhetsrad> enheter = administration.enheter(Kanal.SIDA);
        String valdEnhet = enheter.stream()
                .map(Kontoregister.Enhetsrad::kod)
                .filter(k -> k.equals(enhet))
                .findFirst()
                .orElse(null);
        Boolean aktiv = switch (valdStatus) {
            case "aktiva" -> Boolean.TRUE;
            case "inaktiva" -> Boolean.FALSE;
            default -> null;
        };
        model.addAttribute(
                "konton", administration.konton(new Kontoregister.Urval(valdEnhet, valdRoll, aktiv), Kanal.SIDA));
        model.addAttribute("enheter", enheter);
        model.addAttribute("roller", Roll.values());
        model.addAttribute("valdEnhet", valdEnhet);
        model.addAttribute("valdRoll", valdRoll);
        model.addAttribute("valdStatus", valdStatus);
        return "admin-konton";
    }

    @GetMapping("/admin/konton/ny")
    String nytt(Model model) {
        return nyttKonto(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/konton/ny")
    String skapa(Skickat skickat) {
        Map<String, String> fel = new LinkedHashMap<>();
        String enhet = tom(skickat.falt("enhet"));
        String rollText = tom(skickat.falt("roll"));
        Roll roll = roll(rollText);
        if (rollText != null && roll == null) {
            fel.put("roll", "konto.fel.roll");
        } else if ((enhet == null) != (roll == null)) {
            fel.put(enhet == null ? "enhet" : "roll", "konto.fel.enhetOchRoll");
        }
        Map<String, String> varden = new LinkedHashMap<>(skickat.falt());
        varden.remove("losenord"); // a password is never sent back to the browser
        if (!fel.isEmpty()) {
            return Formularsteg.visaIgen(skickat.response(), () -> nyttKonto(skickat.model(), varden, fel));
        }
        return Formularsteg.kor(() -> administration.skapa(
                        new Kontoadministration.NyttKonto(
                                skickat.falt("anvandarnamn"),
                                skickat.falt("namn"),
                                skickat.falt("epost"),
                                skickat.falt("losenord"),
                                "true".equals(skickat.falt("tjanstekonto")),
                                skickat.falt("externtId"),
                                roll == null ? List.of() : List.of(new Rolltilldelning(enhet, roll)),
                                skickat.falt("orsak")),
                        Kanal.SIDA))
                .klart(skickat.redirect(), "konto.meddelande.skapat", KontoSida::adress)
                .nekat(skickat.response(), felen -> nyttKonto(skickat.model(), varden, felen));
    }

    @GetMapping("/admin/konton/{anvandarnamn}")
    String konto(@PathVariable String anvandarnamn, Model model) {
        return kontosida(anvandarnamn, model, null, Map.of(), Map.of());
    }

    @PostMapping("/admin/konton/{anvandarnamn}/roller")
    String geRoll(@PathVariable String anvandarnamn, Skickat skickat) {
        return Formularsteg.kor(() -> {
                    Roll roll = roll(skickat.falt("roll"));
                    if (roll == null) {
                        throw new Valideringsfel("roll", "konto.fel.roll");
                    }
                    return administration.geRoll(
                            anvandarnamn, tom(skickat.falt("enhet")), roll, skickat.falt("orsak"), Kanal.SIDA);
                })
                .klart(skickat.redirect(), "konto.meddelande.rollGiven", KontoSida::adress)
                .nekat(skickat.response(), fel -> kontosida(anvandarnamn, skickat.model(), "ge", skickat.falt(), fel));
    }

    @PostMapping("/admin/konton/{anvandarnamn}/roller/borttagning")
    String taRoll(@PathVariable String anvandarnamn, Skickat skickat) {
        return Formularsteg.kor(() -> {
                    // "ENHET:ROLL", as the page's list of held roles sends it
                    String varde = skickat.falt().getOrDefault("rollIEnhet", "");
                    int kolon = varde.lastIndexOf(':');
                    String enhet = kolon > 0 ? varde.substring(0, kolon) : null;
                    Roll roll = kolon > 0 ? roll(varde.substring(kolon + 1)) : null;
                    return administration.taRoll(anvandarnamn, enhet, roll, skickat.falt("orsak"), Kanal.SIDA);
                })
                .klart(skickat.redirect(), "konto.meddelande.rollTagen", KontoSida::adress)
                .nekat(skickat.response(), fel -> kontosida(anvandarnamn, skickat.model(), "ta", skickat.falt(), fel));
    }

    @PostMapping("/admin/konton/{anvandarnamn}/upplasning")
    String lasUpp(@PathVariable String anvandarnamn, Skickat skickat) {
        return Formularsteg.kor(() -> administration.lasUpp(anvandarnamn, skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "konto.meddelande.upplast", KontoSida::adress)
                .nekat(
                        skickat.response(),
                        fel -> kontosida(anvandarnamn, skickat.model(), "upplasning", skickat.falt(), fel));
    }

    @PostMapping("/admin/konton/{anvandarnamn}/externt-id")
    String sattExterntId(@PathVariable String anvandarnamn, Skickat skickat) {
        return Formularsteg.kor(() -> administration.sattExterntId(
                        anvandarnamn, skickat.falt("externtId"), skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "konto.meddelande.externtId", KontoSida::adress)
                .nekat(
                        skickat.response(),
                        fel -> kontosida(anvandarnamn, skickat.model(), "externtId", skickat.falt(), fel));
    }

    @PostMapping("/admin/konton/{anvandarnamn}/inaktivering")
    String inaktivera(@PathVariable String anvandarnamn, Skickat skickat) {
        return Formularsteg.kor(() -> administration.inaktivera(anvandarnamn, skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "konto.meddelande.inaktiverat", KontoSida::adress)
                .nekat(
                        skickat.response(),
                        fel -> kontosida(anvandarnamn, skickat.model(), "inaktivera", skickat.falt(), fel));
    }

    @PostMapping("/admin/konton/{anvandarnamn}/aktivering")
    String aktivera(@PathVariable String anvandarnamn, Skickat skickat) {
        return Formularsteg.kor(() -> administration.aktivera(anvandarnamn, skickat.falt("orsak"), Kanal.SIDA))
                .klart(skickat.redirect(), "konto.meddelande.aktiverat", KontoSida::adress)
                .nekat(
                        skickat.response(),
                        fel -> kontosida(anvandarnamn, skickat.model(), "aktivera", skickat.falt(), fel));
    }

    private String kontosida(
            String anvandarnamn, Model model, String formular, Map<String, String> varden, Map<String, String> fel) {
        Konto konto = administration.konto(anvandarnamn, Kanal.SIDA);
        model.addAttribute("k", konto);
        model.addAttribute("historik", administration.historik(konto.anvandarnamn(), Kanal.SIDA));
        // shown as the municipality's time
        model.addAttribute(
                "sparratTill",
                administration
                        .sparratTill(konto.anvandarnamn(), Kanal.SIDA)
                        .map(till -> till.atZone(Svensktid.ZON).toLocalTime().withNano(0))
                        .orElse(null));
        model.addAttribute(
                "enheter",
                administration.enheter(Kanal.SIDA).stream()
                        .filter(Kontoregister.Enhetsrad::aktiv)
                        .toList());
        model.addAttribute(
                "roller",
                Arrays.stream(Roll.values())
                        .filter(r -> r.tjanstekontoroll() == konto.tjanstekonto())
                        .toList());
        model.addAttribute("formular", formular);
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        return "admin-konto";
    }

    private String nyttKonto(Model model, Map<String, String> varden, Map<String, String> fel) {
        model.addAttribute(
                "enheter",
                administration.enheter(Kanal.SIDA).stream()
                        .filter(Kontoregister.Enhetsrad::aktiv)
                        .toList());
        model.addAttribute("roller", Roll.values());
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        return "admin-konto-ny";
    }

    static String adress(Konto konto) {
        return adress(konto.anvandarnamn());
    }

    static String adress(String anvandarnamn) {
        return "/admin/konton/" + UriUtils.encodePathSegment(anvandarnamn, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Roll roll(String text) {
        return Arrays.stream(Roll.values())
                .filter(r -> r.name().equals(text == null ? null : text.strip()))
                .findFirst()
                .orElse(null);
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
