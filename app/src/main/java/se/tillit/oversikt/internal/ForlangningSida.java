package se.tillit.oversikt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.ForlangningAvForhandsbedomning;
import se.tillit.drift.Svensktid;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.uppgift.OppenUppgift;
import se.tillit.uppgift.Uppgiftsoversikt;
import se.tillit.utredning.Forlangningsbeslut;
import se.tillit.utredning.Utredning;
import se.tillit.utredning.Utredningar;

/**
 * The förlängning of a child investigation by the unit's chef (SoL 2025:400 20 kap. 3 §, C4), reached from the case page
 * and the overdue view, and of a förhandsbedömning past 14 days for synnerliga skäl by the unit's handläggare or chef
 * (20 kap. 2 §, C2): date, reasons, new deadline. The same use cases as the API; the same decision sent twice is
 * recorded once and the second answer says so.
 */
@Controller
@RequiredArgsConstructor
class ForlangningSida {

    /** What the page extends: its heading, who decided before, the deadline now, and why it cannot be extended. */
    record Vy(String slag, Arende arende, LocalDate fristNu, List<?> forlangningar, String hinder) {}

    private final Arenden arenden;
    private final Utredningar utredningar;
    private final Uppgiftsoversikt uppgifter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource texter;

    // --- the child investigation, by the chef

    @GetMapping("/arenden/{id}/utredning/forlangning")
    String utredning(@PathVariable UUID id, Model model) {
        Arende arende = arende(id, Roll.CHEF);
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Förlängning av utredningen");
        return visaUtredning(arende, model, new Formulardata(Map.of(), texter));
    }

    @PostMapping("/arenden/{id}/utredning/forlangning")
    String forlangUtredning(@PathVariable UUID id, Skickat skickat) {
        Arende arende = arende(id, Roll.CHEF);
        Formulardata form = new Formulardata(skickat.falt(), texter);
        Optional<Utredning> utredning = pagaende(arende);
        LocalDate beslutsdatum = form.datum("beslutsdatum", true);
        String skal = form.kravdText("skal");
        LocalDate nyFrist = form.datum("nyFrist", true);
        if (utredning.isEmpty()) {
            form.fel("nyFrist", "forlangning.ingenUtredning");
        }
        if (!form.harFel()) {
            try {
                utredningar.forlang(utredning.get().id(), new Forlangningsbeslut(beslutsdatum, skal, nyFrist));
                skickat.redirect().addFlashAttribute("meddelande", "forlangning.sparad");
                return "redirect:/arenden/" + id + "/utredning/forlangning";
            } catch (Valideringsfel e) {
                if (redanBeslutad(utredningar.forlangningar(utredning.get().id()), beslutsdatum, skal, nyFrist)) {
                    skickat.redirect().addFlashAttribute("meddelande", "forlangning.redanRegistrerad");
                    return "redirect:/arenden/" + id + "/utredning/forlangning";
                }
                form.fran(e);
            } catch (RuntimeException e) {
                if (!Formularsteg.samtidigAndring(e)) {
                    throw e;
                }
                if (redanBeslutad(utredningar.forlangningar(utredning.get().id()), beslutsdatum, skal, nyFrist)) {
                    skickat.redirect().addFlashAttribute("meddelande", "forlangning.redanRegistrerad");
                    return "redirect:/arenden/" + id + "/utredning/forlangning";
                }
                form.fel("nyFrist", "steg.fel.samtidigt");
            }
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return visaUtredning(arende, skickat.model(), form);
    }

    private String visaUtredning(Arende arende, Model model, Formulardata form) {
        Optional<Utredning> utredning = pagaende(arende);
        String hinder = utredning.isEmpty()
                ? "forlangning.ingenUtredning"
                : !utredning.get().forlangningMojlig() ? "forlangning.lokaltMal" : null;
        model.addAttribute(
                "vy",
                new Vy(
                        "utredning",
                        arende,
                        utredning.map(Utredning::frist).orElse(null),
                        utredning.map(u -> utredningar.forlangningar(u.id())).orElse(List.of()),
                        hinder));
        model.addAttribute("atgard", "/arenden/" + arende.id() + "/utredning/forlangning");
        model.addAttribute("varden", form.varden());
        model.addAttribute("fel", form.fel());
        return "forlangning";
    }

    private Optional<Utredning> pagaende(Arende arende) {
        return utredningar.forArende(arende.id()).stream()
                .filter(u -> u.avslutad() == null)
                .max(Comparator.comparing(Utredning::inledd));
    }

    // --- the förhandsbedömning, by a handläggare or the chef

    @GetMapping("/arenden/{id}/forhandsbedomning/forlangning")
    String forhandsbedomning(@PathVariable UUID id, Model model) {
        Arende arende = arende(id, Roll.HANDLAGGARE, Roll.CHEF);
        atkomstlogg.logga(
                Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Förlängning av förhandsbedömningen");
        return visaForhandsbedomning(arende, model, new Formulardata(Map.of(), texter));
    }

    @PostMapping("/arenden/{id}/forhandsbedomning/forlangning")
    String forlangForhandsbedomning(@PathVariable UUID id, Skickat skickat) {
        Arende arende = arende(id, Roll.HANDLAGGARE, Roll.CHEF);
        Formulardata form = new Formulardata(skickat.falt(), texter);
        Optional<Aktualisering> anmalan = oppenAnmalan(arende);
        LocalDate beslutsdatum = form.datum("beslutsdatum", true);
        String skal = form.kravdText("skal");
        LocalDate nyFrist = form.datum("nyFrist", true);
        if (anmalan.isEmpty()) {
            form.fel("nyFrist", "forlangning.ingenForhandsbedomning");
        }
        if (!form.harFel()) {
            UUID aktualiseringId = anmalan.get().id();
            try {
                arenden.forlangForhandsbedomning(
                        aktualiseringId, new ForlangningAvForhandsbedomning(beslutsdatum, skal, nyFrist));
                skickat.redirect().addFlashAttribute("meddelande", "forlangning.sparad");
                return "redirect:/arenden/" + id + "/forhandsbedomning/forlangning";
            } catch (RuntimeException e) {
                if (!(e instanceof Valideringsfel) && !Formularsteg.samtidigAndring(e)) {
                    throw e;
                }
                if (redanBeslutad(
                        arenden.forlangningarAvForhandsbedomning(aktualiseringId), beslutsdatum, skal, nyFrist)) {
                    skickat.redirect().addFlashAttribute("meddelande", "forlangning.redanRegistrerad");
                    return "redirect:/arenden/" + id + "/forhandsbedomning/forlangning";
                }
                if (e instanceof Valideringsfel valideringsfel) {
                    form.fran(valideringsfel);
                } else {
                    form.fel("nyFrist", "steg.fel.samtidigt");
                }
            }
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return visaForhandsbedomning(arende, skickat.model(), form);
    }

    private String visaForhandsbedomning(Arende arende, Model model, Formulardata form) {
        Optional<Aktualisering> anmalan = oppenAnmalan(arende);
        LocalDate fristNu = uppgifter.forArende(arende.id()).stream()
                .filter(u -> Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING.equals(u.uppgiftstyp())
                        && u.forfaller() != null)
                .map(OppenUppgift::forfaller)
                .map(t -> t.atZoneSameInstant(Svensktid.ZON).toLocalDate())
                .findFirst()
                .orElse(null);
        model.addAttribute(
                "vy",
                new Vy(
                        "forhandsbedomning",
                        arende,
                        fristNu,
                        anmalan.map(a -> arenden.forlangningarAvForhandsbedomning(a.id()))
                                .orElse(List.of()),
                        anmalan.isEmpty() ? "forlangning.ingenForhandsbedomning" : null));
        model.addAttribute("atgard", "/arenden/" + arende.id() + "/forhandsbedomning/forlangning");
        model.addAttribute("varden", form.varden());
        model.addAttribute("fel", form.fel());
        return "forlangning";
    }

    /** The case's anmälan about a child whose förhandsbedömning is not yet decided, the latest if several. */
    private Optional<Aktualisering> oppenAnmalan(Arende arende) {
        if (arende.arendetyp() != Arendetyp.BARN_OCH_UNGA) {
            return Optional.empty();
        }
        return arenden.aktualiseringar(arende.id()).stream()
                .filter(a -> a.typ() == Aktualiseringstyp.ANMALAN && a.utfall() == null)
                .max(Comparator.comparing(Aktualisering::inkom));
    }

    // --- shared

    /** To whoever may not read the case's unit it does not exist (404); a reader without the role gets 403. */
    private Arende arende(UUID id, Roll... roller) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        aktuellAnvandare.kravRollIEnhet(arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), roller);
        return arende;
    }

    /** The latest förlängning is this very decision: the form was sent again (a double click, two tabs). */
    private static boolean redanBeslutad(
            List<?> forlangningar, LocalDate beslutsdatum, String skal, LocalDate nyFrist) {
        if (forlangningar.isEmpty()) {
            return false;
        }
        Object senaste = forlangningar.get(forlangningar.size() - 1);
        if (senaste instanceof se.tillit.utredning.Forlangning f) {
            return f.beslutsdatum().equals(beslutsdatum)
                    && f.nyFrist().equals(nyFrist)
                    && f.skal().equals(skal);
        }
        if (senaste instanceof se.tillit.arende.ForlangdForhandsbedomning f) {
            return f.beslutsdatum().equals(beslutsdatum)
                    && f.nyFrist().equals(nyFrist)
                    && f.skal().equals(skal);
        }
        return false;
    }
}
