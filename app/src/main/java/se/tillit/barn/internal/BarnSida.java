package se.tillit.barn.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.barn.Anmalarinformation;
import se.tillit.barn.Barnuppfoljning;
import se.tillit.barn.ForaldrastodErbjudanden;
import se.tillit.barn.ForaldrastodUtfall;
import se.tillit.barn.Informationssatt;
import se.tillit.barn.Uppfoljningsutfall;
import se.tillit.beslut.Placering;
import se.tillit.beslut.Placeringar;
import se.tillit.beslut.Registrering;
import se.tillit.fel.Formularsteg;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Konflikt;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personvy;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * A child's clocks after the decision on one page of the case (issue 17), where their tasks lead: the reporter's
 * requests for information and that it was given (19 kap. 6 §), the placements with their six-month reviews
 * (22 kap. 13 §) and the offer of a support contact to the parents (R10, 22 kap. 10 §), and the follow-ups after an
 * investigation or a placement (23 kap. 1–5 §§). Each form works without JavaScript; a refused one shows the page again
 * with what was typed and why (400), nothing saved; a step the record no longer takes (an offer already recorded
 * otherwise, or its placement ended) shows the page with the reason (409).
 */
@Controller
@RequiredArgsConstructor
class BarnSida {

    private final Arenden arenden;
    private final BarnTjanst barn;
    private final Placeringar placeringar;
    private final ForaldrastodErbjudanden erbjudanden;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;

    @GetMapping("/arenden/{id}/barn")
    String sida(@PathVariable UUID id, Model model) {
        return visa(arende(id), model, null, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{id}/barn/anmalarinformation")
    String begaran(@PathVariable UUID id, Skickat skickat) {
        Arende arende = arendeForSkrivning(id);
        // before the decision there is no task yet: the page says when it comes
        String[] meddelande = {"barn.anmalarinformation.registrerad"};
        return steg(arende, "begaran", skickat, () -> meddelande[0], fel -> {
            UUID aktualisering = uuid(skickat.falt("aktualiseringId"), "aktualiseringId", fel);
            LocalDate inkom = datum(skickat.falt("begaranInkom"), "begaranInkom", fel);
            if (fel.isEmpty()
                    && barn.registreraBegaran(arende.id(), aktualisering, inkom).vantarPaBeslut()) {
                meddelande[0] = "barn.anmalarinformation.registreradVantar";
            }
        });
    }

    @PostMapping("/anmalarinformation/{id}/lamnad")
    String lamnad(@PathVariable UUID id, Skickat skickat) {
        Anmalarinformation begaran =
                barn.hittaBegaranOmFinns(id).orElseThrow(() -> new HittadesInte("barn.fel.begaranFinnsInte"));
        Arende arende = arendeForSkrivning(begaran.arendeId());
        return steg(arende, id.toString(), skickat, "barn.anmalarinformation.lamnad", fel -> {
            LocalDate lamnad = datum(skickat.falt("lamnad"), "lamnad", fel);
            Informationssatt satt = val(Informationssatt.class, skickat.falt("satt"), "satt", fel);
            if (fel.isEmpty()) {
                barn.registreraLamnad(id, lamnad, satt);
            }
        });
    }

    @PostMapping("/placeringar/{id}/overvagande")
    String overvagande(@PathVariable UUID id, Skickat skickat) {
        Placering placering = placeringar.hitta(id).orElseThrow(() -> new HittadesInte("fel.placeringenFinnsInte"));
        Arende arende = arendeForSkrivning(placering.arendeId());
        return steg(arende, id.toString(), skickat, "barn.placering.overvagd", fel -> {
            LocalDate datum = datum(skickat.falt("datum"), "datum", fel);
            String fortsatt = skickat.falt("fortsatt");
            if (!"true".equals(fortsatt) && !"false".equals(fortsatt)) {
                fel.put("fortsatt", "barn.fel.val");
            }
            if (fel.isEmpty()) {
                placeringar.overvag(id, datum, Boolean.parseBoolean(fortsatt));
            }
        });
    }

    /** R10: the offer of a support contact to the parents, its task's step (22 kap. 10 §). */
    @PostMapping("/placeringar/{id}/foraldrastod")
    String foraldrastod(@PathVariable UUID id, Skickat skickat) {
        Placering placering = placeringar.hitta(id).orElseThrow(() -> new HittadesInte("fel.placeringenFinnsInte"));
        Arende arende = arendeForSkrivning(placering.arendeId());
        String[] meddelande = {"barn.foraldrastod.registrerat"};
        try {
            return steg(arende, "foraldrastod-" + id, skickat, () -> meddelande[0], fel -> {
                LocalDate datum = datum(skickat.falt("datum"), "datum", fel);
                ForaldrastodUtfall utfall = val(ForaldrastodUtfall.class, skickat.falt("utfall"), "utfall", fel);
                if (fel.isEmpty() && erbjudanden.registrera(id, datum, utfall) == Registrering.REDAN_REGISTRERAD) {
                    meddelande[0] = "barn.foraldrastod.redanRegistrerat";
                }
            });
        } catch (Konflikt e) {
            // nothing saved: the page shows the offer as it is recorded, with why this step is not taken
            skickat.model().addAttribute("konflikt", e.getMessage());
            skickat.model().addAttribute("konfliktFor", id.toString());
            skickat.response().setStatus(HttpServletResponse.SC_CONFLICT);
            return visa(arende, skickat.model(), null, Map.of(), Map.of());
        }
    }

    @PostMapping("/barnuppfoljningar/{id}/avslut")
    String avslutaUppfoljning(@PathVariable UUID id, Skickat skickat) {
        Barnuppfoljning uppfoljning =
                barn.hittaUppfoljning(id).orElseThrow(() -> new HittadesInte("barn.fel.uppfoljningenFinnsInte"));
        Arende arende = arendeForSkrivning(uppfoljning.arendeId());
        return steg(arende, id.toString(), skickat, "barn.uppfoljning.avslutad", fel -> {
            LocalDate avslutad = datum(skickat.falt("avslutad"), "avslutad", fel);
            Uppfoljningsutfall utfall = val(Uppfoljningsutfall.class, skickat.falt("utfall"), "utfall", fel);
            if (fel.isEmpty()) {
                barn.avslutaUppfoljning(id, avslutad, utfall, skickat.falt("motivering"));
            }
        });
    }

    /** Runs a form's step; refused (the page's own checks, or the use case's), the page again with the form's errors. */
    private String steg(
            Arende arende, String formular, Skickat skickat, String meddelande, Consumer<Map<String, String>> steg) {
        return steg(arende, formular, skickat, () -> meddelande, steg);
    }

    /** @param meddelande read after the step: the message may depend on what the step did */
    private String steg(
            Arende arende,
            String formular,
            Skickat skickat,
            java.util.function.Supplier<String> meddelande,
            Consumer<Map<String, String>> steg) {
        Map<String, String> fel = new LinkedHashMap<>();
        try {
            steg.accept(fel);
            if (fel.isEmpty()) {
                return Formularsteg.tillSidan(
                        skickat.redirect(), meddelande.get(), "/arenden/" + arende.id() + "/barn");
            }
        } catch (Valideringsfel e) {
            e.perFalt().forEach(fel::putIfAbsent);
        }
        return Formularsteg.visaIgen(
                skickat.response(), () -> visa(arende, skickat.model(), formular, skickat.falt(), fel));
    }

    private String visa(
            Arende arende, Model model, String felFor, Map<String, String> varden, Map<String, String> fel) {
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Barn: placering och uppföljning");
        Person person = personer.hitta(arende.personId()).orElse(null);
        model.addAttribute("arende", arende);
        model.addAttribute("person", person == null || Personvy.maskeras(person, aktuellAnvandare) ? null : person);
        model.addAttribute("barnarende", arende.arendetyp() == se.tillit.arende.Arendetyp.BARN_OCH_UNGA);
        model.addAttribute(
                "kanSkriva",
                aktuellAnvandare
                                .hamta()
                                .map(a -> a.harRollIEnhet(arende.enhet(), Roll.HANDLAGGARE))
                                .orElse(false)
                        && arende.arendetyp() == se.tillit.arende.Arendetyp.BARN_OCH_UNGA);
        model.addAttribute(
                "anmalningar",
                arenden.aktualiseringar(arende.id()).stream()
                        .filter(a -> a.typ() == Aktualiseringstyp.ANMALAN)
                        .toList());
        model.addAttribute("begaranden", barn.anmalarinformation(arende.id()));
        model.addAttribute("placeringar", placeringar.forArende(arende.id()));
        model.addAttribute(
                "erbjudanden",
                erbjudanden.forArende(arende.id()).stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.placeringId().toString(), e -> e)));
        model.addAttribute("foraldrastodUtfall", ForaldrastodUtfall.values());
        model.addAttribute("uppfoljningar", barn.uppfoljningar(arende.id()));
        model.addAttribute("satt", Informationssatt.values());
        model.addAttribute("utfall", Uppfoljningsutfall.values());
        model.addAttribute("felFor", felFor);
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        return "barn";
    }

    /** The case, for a handläggare or chef of its unit; to anyone else it does not exist. */
    private Arende arende(UUID id) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE, Roll.CHEF);
        return arende;
    }

    /** The case, for a write by a handläggare of its unit: to a chef of the unit 403, to anyone else it does not exist. */
    private Arende arendeForSkrivning(UUID id) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE);
        return arende;
    }

    private static LocalDate datum(String text, String falt, Map<String, String> fel) {
        if (text == null || text.isBlank()) {
            fel.put(falt, "barn.fel.datumSaknas");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.put(falt, "barn.fel.datum");
            return null;
        }
    }

    private static UUID uuid(String text, String falt, Map<String, String> fel) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            fel.put(falt, "barn.fel.val");
            return null;
        }
    }

    private static <E extends Enum<E>> E val(Class<E> typ, String text, String falt, Map<String, String> fel) {
        try {
            return Enum.valueOf(typ, text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            fel.put(falt, "barn.fel.val");
            return null;
        }
    }
}
