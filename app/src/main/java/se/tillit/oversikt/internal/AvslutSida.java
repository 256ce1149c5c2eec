package se.tillit.oversikt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
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
import se.tillit.arende.Avslutsorsak;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.utredning.Utredningar;

/**
 * Closing a case with an avslutsorsak from the controlled vocabulary (R13), by a handläggare or the chef of its unit:
 * the same use case as POST /api/arenden/{id}/avslut. While the case cannot close (its investigation still runs) the
 * page says so; a case closed by a first click is reported as closed to the second.
 */
@Controller
@RequiredArgsConstructor
class AvslutSida {

    /** LEDER_INTE_TILL_UTREDNING is recorded by the assessment of the aktualisering, never chosen here. */
    static final List<Avslutsorsak> ORSAKER = Arrays.stream(Avslutsorsak.values())
            .filter(o -> o != Avslutsorsak.LEDER_INTE_TILL_UTREDNING)
            .toList();

    private final Arenden arenden;
    private final Utredningar utredningar;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource texter;

    @GetMapping("/arenden/{id}/avslut")
    String formular(@PathVariable UUID id, Model model) {
        Arende arende = arende(id);
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Avsluta ärendet");
        return visa(arende, model, new Formulardata(Map.of(), texter));
    }

    @PostMapping("/arenden/{id}/avslut")
    String avsluta(@PathVariable UUID id, Skickat skickat) {
        Arende arende = arende(id);
        Formulardata form = new Formulardata(skickat.falt(), texter);
        Avslutsorsak orsak = form.val(Avslutsorsak.class, "avslutsorsak", true);
        if (orsak == Avslutsorsak.LEDER_INTE_TILL_UTREDNING) {
            form.fel("avslutsorsak", "steg.fel.val");
        }
        if (!form.harFel()) {
            try {
                arenden.avslutaPaBegaran(id, orsak);
                skickat.redirect().addFlashAttribute("meddelande", "avslut.sparat");
                return "redirect:/arenden/" + id + "/avslut";
            } catch (RuntimeException e) {
                if (!(e instanceof Valideringsfel) && !Formularsteg.samtidigAndring(e)) {
                    throw e;
                }
                if (!arenden.hitta(id).orElseThrow().oppet()) {
                    // closed by the first of two clicks, or by a colleague at the same moment
                    skickat.redirect().addFlashAttribute("meddelande", "avslut.redanAvslutat");
                    return "redirect:/arenden/" + id + "/avslut";
                }
                if (e instanceof Valideringsfel valideringsfel) {
                    form.fran(valideringsfel);
                } else {
                    form.fel("avslutsorsak", "steg.fel.samtidigt");
                }
            }
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return visa(arenden.hitta(id).orElseThrow(), skickat.model(), form);
    }

    private String visa(Arende arende, Model model, Formulardata form) {
        model.addAttribute("arende", arende);
        model.addAttribute("orsaker", ORSAKER);
        model.addAttribute(
                "utredningPagar", utredningar.forArende(arende.id()).stream().anyMatch(u -> u.avslutad() == null));
        model.addAttribute("varden", form.varden());
        model.addAttribute("fel", form.fel());
        return "arende-avslut";
    }

    private Arende arende(UUID id) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE, Roll.CHEF);
        return arende;
    }
}
