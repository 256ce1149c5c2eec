package se.tillit.beslut.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsregister;
import se.tillit.beslut.Placering;
import se.tillit.beslut.Placeringsavslut;
import se.tillit.beslut.Registrering;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * Ending a child's placement from its decision's page (issue 17): the day and why. Kept apart from the decision's
 * other steps (BeslutSida) and from the avslut of an insats: a placement's end stops its reviews and starts the
 * follow-up after it. A refused end shows the form again on a page of its own, with what was typed and why (400).
 */
@Controller
@RequiredArgsConstructor
class PlaceringSida {

    private final PlaceringTjanst placeringar;
    private final Beslutsregister beslut;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;

    @GetMapping("/beslut/{id}/placering/avslut")
    String formular(@PathVariable UUID id, Model model) {
        return visa(id, model, Map.of(), Map.of());
    }

    @PostMapping("/beslut/{id}/placering/avslut")
    String avsluta(@PathVariable UUID id, Skickat skickat) {
        Arende arende = arendeForSkrivning(id);
        Map<String, String> fel = new LinkedHashMap<>();
        LocalDate avslutad = null;
        try {
            avslutad = tom(skickat.falt("avslutad")) == null
                    ? null
                    : LocalDate.parse(skickat.falt("avslutad").strip());
        } catch (DateTimeParseException e) {
            fel.put("avslutad", "barn.fel.datum");
        }
        Placeringsavslut orsak = null;
        if (tom(skickat.falt("orsak")) != null) {
            try {
                orsak = Placeringsavslut.valueOf(skickat.falt("orsak").strip());
            } catch (IllegalArgumentException e) {
                fel.put("orsak", "barn.fel.val");
            }
        }
        if (fel.isEmpty()) {
            try {
                Registrering registrering = placeringar.avsluta(id, avslutad, orsak, skickat.falt("orsakText"));
                return Formularsteg.tillSidan(
                        skickat.redirect(),
                        registrering == Registrering.REDAN_REGISTRERAD
                                ? "beslutssida.redanRegistrerat"
                                : "barn.placering.avslutad",
                        "/beslut/" + id);
            } catch (Valideringsfel e) {
                e.perFalt().forEach(fel::putIfAbsent);
            }
        }
        atkomstlogg.logga(Atkomstlogg.Handling.SKRIV, arende.id(), arende.personId(), "Avsluta placering (nekat)");
        return Formularsteg.visaIgen(skickat.response(), () -> visa(id, skickat.model(), skickat.falt(), fel));
    }

    private String visa(UUID beslutId, Model model, Map<String, String> varden, Map<String, String> fel) {
        Beslut b = beslut.hitta(beslutId).orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        Arende arende = arenden.hitta(b.arendeId())
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        Placering placering = placeringar
                .forBeslut(beslutId)
                .orElseThrow(() -> new HittadesInte("beslut.fel.beslutetHarIngenPlacering"));
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Placeringen");
        model.addAttribute("b", b);
        model.addAttribute("placering", placering);
        model.addAttribute(
                "kanSkriva",
                aktuellAnvandare
                        .hamta()
                        .map(a -> a.harRollIEnhet(arende.enhet(), Roll.HANDLAGGARE))
                        .orElse(false));
        model.addAttribute("placeringVarden", varden);
        model.addAttribute("placeringFel", fel);
        return "placering-avslut";
    }

    /** The decision's case, for a handläggare of its unit; to anyone else the decision does not exist. */
    private Arende arendeForSkrivning(UUID beslutId) {
        Beslut b = beslut.hitta(beslutId).orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        Arende arende = arenden.hitta(b.arendeId()).orElseThrow();
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.beslutetFinnsInte"), Roll.HANDLAGGARE);
        return arende;
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
