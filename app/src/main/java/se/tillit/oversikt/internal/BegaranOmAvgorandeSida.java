package se.tillit.oversikt.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.arende.BegaranOmAvgorande;
import se.tillit.arende.BegardaAvgoranden;
import se.tillit.drift.Svensktid;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.motor.BegaranOmAvgorandeprocessen;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.uppgift.Uppgiftsoversikt;

/**
 * Förvaltningslagen 12 § on the case: the written request for a decision registered with the day it came in (refused,
 * with the reason, while the case is younger than six months), its four weeks, and the handläggare's answer: the case
 * decided, or the request refused with the reasons the case could not yet be decided. The task list sends the handläggare
 * here (the task's form key); the answer completes the task. Read by whoever may read the case (logged).
 */
@Controller
@RequiredArgsConstructor
class BegaranOmAvgorandeSida {

    static final String UPPGIFT = BegaranOmAvgorandeprocessen.TASK_AVGORA_ELLER_AVSLA;

    private final Arenden arenden;
    private final BegardaAvgoranden begaranden;
    private final Uppgiftsoversikt uppgifter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource texter;

    @GetMapping("/arenden/{id}/begaran-om-avgorande")
    String sida(@PathVariable UUID id, Model model) {
        Arende arende = lasbart(id);
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Begäran om avgörande");
        return visa(arende, model, new Formulardata(Map.of(), texter), null);
    }

    @PostMapping("/arenden/{id}/begaran-om-avgorande")
    String registrera(@PathVariable UUID id, Skickat skickat) {
        Arende arende = lasbart(id);
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE, Roll.CHEF);
        Formulardata form = new Formulardata(skickat.falt(), texter);
        LocalDate inkom = form.datum("inkom", true);
        if (!form.harFel()) {
            try {
                begaranden.registrera(id, inkom);
                return Formularsteg.tillSidan(skickat.redirect(), "begaran.registrerad", sidan(id));
            } catch (RuntimeException e) {
                if (!(e instanceof Valideringsfel) && !Formularsteg.samtidigAndring(e)) {
                    throw e;
                }
                if (begaranden.forArende(id).stream()
                        .anyMatch(b -> b.obesvarad() && b.inkom().equals(inkom))) {
                    return Formularsteg.tillSidan(skickat.redirect(), "begaran.redanRegistrerad", sidan(id));
                }
                if (e instanceof Valideringsfel valideringsfel) {
                    form.fran(valideringsfel);
                } else {
                    form.fel("inkom", "steg.fel.samtidigt");
                }
            }
        }
        return Formularsteg.visaIgen(skickat.response(), () -> visa(arende, skickat.model(), form, "registrera"));
    }

    @PostMapping("/arenden/{id}/begaran-om-avgorande/svar")
    String besvara(@PathVariable UUID id, Skickat skickat) {
        Arende arende = lasbart(id);
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE);
        Formulardata form = new Formulardata(skickat.falt(), texter);
        BegaranOmAvgorande.Utfall utfall = form.val(BegaranOmAvgorande.Utfall.class, "utfall", true);
        LocalDate datum = form.datum("datum", true);
        String skal = form.text("skal");
        List<BegaranOmAvgorande> fore = begaranden.forArende(id);
        if (fore.stream().noneMatch(BegaranOmAvgorande::obesvarad)) {
            if (!fore.isEmpty()) {
                // answered already (the first of two clicks, or a colleague): the page shows by whom
                return Formularsteg.tillSidan(skickat.redirect(), "begaran.redanBesvarad", sidan(id));
            }
            form.fel("utfall", "begaran.ingenObesvarad");
        }
        if (!form.harFel()) {
            try {
                begaranden.besvara(id, new BegardaAvgoranden.Svar(utfall, datum, skal));
                return Formularsteg.tillSidan(skickat.redirect(), "begaran.besvarad", sidan(id));
            } catch (RuntimeException e) {
                if (!(e instanceof Valideringsfel) && !Formularsteg.samtidigAndring(e)) {
                    throw e;
                }
                if (begaranden.forArende(id).stream().noneMatch(BegaranOmAvgorande::obesvarad)) {
                    // answered by the first of two clicks or by a colleague: the page shows by whom
                    return Formularsteg.tillSidan(skickat.redirect(), "begaran.redanBesvarad", sidan(id));
                }
                if (e instanceof Valideringsfel valideringsfel) {
                    form.fran(valideringsfel);
                } else {
                    form.fel("utfall", "steg.fel.samtidigt");
                }
            }
        }
        return Formularsteg.visaIgen(skickat.response(), () -> visa(arende, skickat.model(), form, "svar"));
    }

    private String visa(Arende arende, Model model, Formulardata form, String formular) {
        List<BegaranOmAvgorande> alla = begaranden.forArende(arende.id());
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow();
        boolean handlaggare = anvandare.harRollIEnhet(arende.enhet(), Roll.HANDLAGGARE);
        boolean chef = anvandare.harRollIEnhet(arende.enhet(), Roll.CHEF);
        BegaranOmAvgorande oppen =
                alla.stream().filter(BegaranOmAvgorande::obesvarad).findFirst().orElse(null);
        model.addAttribute("arende", arende);
        model.addAttribute("begaranden", alla);
        model.addAttribute("oppen", oppen);
        model.addAttribute("tillatenFran", begaranden.tillatenFran(arende));
        model.addAttribute(
                "forfaller",
                uppgifter.forArende(arende.id()).stream()
                        .filter(u -> UPPGIFT.equals(u.uppgiftstyp()) && u.forfaller() != null)
                        .findFirst()
                        .map(u -> u.forfaller().atZoneSameInstant(Svensktid.ZON).toLocalDate())
                        .orElse(null));
        model.addAttribute("kanRegistrera", arende.oppet() && oppen == null && (handlaggare || chef));
        model.addAttribute("kanBesvara", oppen != null && handlaggare);
        model.addAttribute("utfall", BegaranOmAvgorande.Utfall.values());
        model.addAttribute("formular", formular);
        model.addAttribute("varden", form.varden());
        model.addAttribute("fel", form.fel());
        return "begaran-om-avgorande";
    }

    private static String sidan(UUID arendeId) {
        return "/arenden/" + arendeId + "/begaran-om-avgorande";
    }

    private Arende lasbart(UUID id) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        if (!aktuellAnvandare.kanLasaEnhet(arende.enhet())) {
            throw new HittadesInte("fel.arendetFinnsInte");
        }
        return arende;
    }
}
