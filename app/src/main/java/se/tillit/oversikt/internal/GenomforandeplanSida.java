package se.tillit.oversikt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.verkstallighet.Bestallning;
import se.tillit.verkstallighet.Bestallningar;
import se.tillit.verkstallighet.Genomforandeplan;
import se.tillit.verkstallighet.Genomforandeplan.Delaktighetssatt;
import se.tillit.verkstallighet.Genomforandeplan.Deltagande;
import se.tillit.verkstallighet.Genomforandeplaner;

/**
 * The provider's genomförandeplan of an order (R18), reached from the order's page: the plan in force and its earlier
 * versions, and the form that sets it, or revises it, with whether and how the person took part. A person who declined
 * needs a documented alternative: without it the form comes back with the error beside the field and nothing is saved.
 * An order of another provider does not exist (404). Every showing is a read in the access log.
 */
@Controller
@RequiredArgsConstructor
class GenomforandeplanSida {

    private final Bestallningar bestallningar;
    private final Genomforandeplaner planer;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource texter;

    @GetMapping("/bestallningar/{id}/genomforandeplan")
    String sida(@PathVariable UUID id, Model model) {
        Bestallning bestallning = bestallningar.utforarens(id);
        List<Genomforandeplan> versioner = planer.utforarens(id);
        Map<String, String> varden = versioner.isEmpty() ? Map.of() : varden(versioner.get(versioner.size() - 1));
        List<String> hur = versioner.isEmpty()
                ? List.of()
                : versioner.get(versioner.size() - 1).hur().stream()
                        .map(Enum::name)
                        .toList();
        return visa(bestallning, versioner, model, new Formulardata(varden, texter), hur);
    }

    @PostMapping("/bestallningar/{id}/genomforandeplan")
    String faststall(
            @PathVariable UUID id,
            @RequestParam Map<String, String> falt,
            @RequestParam(name = "hur", required = false) List<String> hur,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Bestallning bestallning = bestallningar.utforarens(id);
        List<String> valda = hur == null ? List.of() : hur;
        Formulardata form = new Formulardata(falt, texter);
        String genomforande = form.kravdText("genomforande");
        if (genomforande != null && genomforande.length() > 4000) {
            form.fel("genomforande", "steg.fel.langd", 4000);
        }
        Deltagande deltog = form.val(Deltagande.class, "deltog", true);
        List<Delaktighetssatt> satt = new ArrayList<>();
        for (String val : valda) {
            try {
                satt.add(Delaktighetssatt.valueOf(val));
            } catch (IllegalArgumentException e) {
                form.fel("hur", "steg.fel.val");
            }
        }
        String alternativ = form.text("alternativ");
        if (deltog == Deltagande.NEJ_AVBOJDE && alternativ == null) {
            form.fel("alternativ", "genomforandeplan.fel.alternativSaknas");
        } else if (deltog != null && deltog != Deltagande.NEJ_AVBOJDE && satt.isEmpty()) {
            form.fel("hur", "genomforandeplan.fel.hurSaknas");
        }
        if (alternativ != null && alternativ.length() > 2000) {
            form.fel("alternativ", "steg.fel.langd", 2000);
        }
        var faststalld = form.datum("faststalld", true);
        var foljsUpp = form.datum("foljsUpp", true);
        String sidan = "/bestallningar/" + id + "/genomforandeplan";
        if (!form.harFel()) {
            try {
                int fore = planer.utforarens(id).size();
                Genomforandeplan plan = planer.faststall(
                        id, new Genomforandeplan.Utkast(genomforande, deltog, satt, alternativ, faststalld, foljsUpp));
                String meddelande = plan.version() <= fore
                        ? "bestallning.redanRegistrerat"
                        : plan.version() == 1 ? "genomforandeplan.faststalld" : "genomforandeplan.reviderad";
                return Formularsteg.tillSidan(redirect, meddelande, sidan);
            } catch (RuntimeException e) {
                if (!(e instanceof Valideringsfel) && !Formularsteg.samtidigAndring(e)) {
                    throw e;
                }
                if (e instanceof Valideringsfel valideringsfel) {
                    form.fran(valideringsfel);
                } else {
                    form.fel("genomforande", "steg.fel.samtidigt");
                }
            }
        }
        return Formularsteg.visaIgen(response, () -> visa(bestallning, planer.utforarens(id), model, form, valda));
    }

    private String visa(
            Bestallning bestallning,
            List<Genomforandeplan> versioner,
            Model model,
            Formulardata form,
            List<String> hur) {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        atkomstlogg.logga(
                Atkomstlogg.Handling.LAS,
                bestallning.arendeId(),
                bestallning.personId(),
                "Genomförandeplan hos utföraren");
        model.addAttribute("b", bestallning);
        model.addAttribute(
                "vem",
                personer.hitta(bestallning.personId())
                        .map(person -> person.skyddsniva().arSkyddad() && !anvandare.farSeSkyddadeUppgifter()
                                ? new BestallningSida.Vem(null, null)
                                : new BestallningSida.Vem(
                                        namn(person), person.personnummer().formaterat()))
                        .orElse(new BestallningSida.Vem(null, null)));
        model.addAttribute("versioner", versioner);
        model.addAttribute("plan", versioner.isEmpty() ? null : versioner.get(versioner.size() - 1));
        model.addAttribute("deltagande", Deltagande.values());
        model.addAttribute("satt", Delaktighetssatt.values());
        model.addAttribute("valda", hur);
        model.addAttribute("varden", form.varden());
        model.addAttribute("fel", form.fel());
        return "genomforandeplan";
    }

    private static Map<String, String> varden(Genomforandeplan plan) {
        Map<String, String> varden = new java.util.HashMap<>();
        varden.put("genomforande", plan.genomforande());
        varden.put("deltog", plan.deltog().name());
        varden.put("alternativ", plan.alternativ());
        varden.put("faststalld", plan.faststalld().toString());
        varden.put("foljsUpp", plan.foljsUpp().toString());
        return varden;
    }

    private static String namn(Person person) {
        String namn = ((person.fornamn() == null ? "" : person.fornamn()) + " "
                        + (person.efternamn() == null ? "" : person.efternamn()))
                .strip();
        return namn.isEmpty() ? person.personnummer().formaterat() : namn;
    }
}
