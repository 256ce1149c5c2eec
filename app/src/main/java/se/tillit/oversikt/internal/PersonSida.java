package se.tillit.oversikt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.AndradAvAnnan;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personuppgifter;
import se.tillit.person.Personuppgifter.Adressforslag;
import se.tillit.person.Personuppgifter.Behorighet;
import se.tillit.person.Personuppgifter.Skyddsforslag;
import se.tillit.person.Personuppgifter.Utfall;
import se.tillit.person.Postadress;
import se.tillit.person.Skyddsniva;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;

/**
 * The person's page: who the person is (masked for a protected identity to whoever may not see it), the postal address
 * and its changes, the protection and its changes, and the person's cases in the units the user may read. Its forms post
 * to the person module's use cases ({@link Personuppgifter}); the page is here because it reads cases, and the case
 * module depends on the person module (ADR 6). Every view is logged.
 */
@Controller
@RequiredArgsConstructor
class PersonSida {

    /** The person as this user may see them. */
    record PersonVy(UUID id, String namn, String personnummer, boolean maskerad, Skyddsniva skyddsniva) {}

    record Adressrad(OffsetDateTime tidpunkt, String av, Postadress fran, Postadress till) {}

    record Skyddsrad(OffsetDateTime tidpunkt, String av, Skyddsniva fran, Skyddsniva till, String skal) {}

    /** Who changed what the form would have changed, and when (the page writes it in Swedish time). */
    record Konflikt(String av, OffsetDateTime tidpunkt) {}

    private final Personregister personer;
    private final Personuppgifter uppgifter;
    private final Arenden arenden;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;

    @GetMapping("/personer/{id}")
    @Transactional
    String sida(@PathVariable UUID id, Model model) {
        fyll(id, model, null, Map.of(), null, Map.of());
        return "person";
    }

    @PostMapping("/personer/{id}/adress")
    String adress(@PathVariable UUID id, Skickat skickat) {
        try {
            Utfall utfall = uppgifter.andraAdress(
                    id,
                    new Adressforslag(
                            skickat.falt("co"),
                            skickat.falt("gatuadress"),
                            skickat.falt("postnummer"),
                            skickat.falt("postort"),
                            version(skickat.falt())));
            skickat.redirect()
                    .addFlashAttribute(
                            "meddelande", utfall == Utfall.SPARAD ? "person.adressSparad" : "person.adressRedanSparad");
            return "redirect:/personer/" + id;
        } catch (Valideringsfel e) {
            skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fyll(id, skickat.model(), skickat.falt(), fel(e), null, Map.of());
        } catch (AndradAvAnnan e) {
            skickat.response().setStatus(HttpServletResponse.SC_CONFLICT);
            skickat.model().addAttribute("adressKonflikt", konflikt(e));
            fyll(id, skickat.model(), null, Map.of(), null, Map.of());
        }
        return "person";
    }

    @PostMapping("/personer/{id}/skydd")
    String skydd(@PathVariable UUID id, Skickat skickat) {
        try {
            Utfall utfall = uppgifter.andraSkydd(
                    id, new Skyddsforslag(skickat.falt("skyddsniva"), skickat.falt("skal"), version(skickat.falt())));
            skickat.redirect()
                    .addFlashAttribute(
                            "meddelande", utfall == Utfall.SPARAD ? "person.skyddSparat" : "person.skyddRedanSparat");
            return "redirect:/personer/" + id;
        } catch (Valideringsfel e) {
            skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fyll(id, skickat.model(), null, Map.of(), skickat.falt(), fel(e));
        } catch (AndradAvAnnan e) {
            skickat.response().setStatus(HttpServletResponse.SC_CONFLICT);
            skickat.model().addAttribute("skyddKonflikt", konflikt(e));
            fyll(id, skickat.model(), null, Map.of(), null, Map.of());
        }
        return "person";
    }

    /**
     * @param adressVarden what the address form sent (shown again beside its errors), or null for the address in use
     * @param skyddVarden likewise for the protection form
     */
    private void fyll(
            UUID id,
            Model model,
            Map<String, String> adressVarden,
            Map<String, String> adressFel,
            Map<String, String> skyddVarden,
            Map<String, String> skyddFel) {
        Person person = personer.hitta(id).orElseThrow(() -> new HittadesInte("fel.personenFinnsInte"));
        Behorighet behorighet = uppgifter.behorighet(id);
        if (!behorighet.lasa()) {
            throw new HittadesInte("fel.personenFinnsInte");
        }
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, null, id, "Personsidan");

        boolean maskerad = person.skyddsniva().arSkyddad() && !behorighet.seSkyddade();
        model.addAttribute(
                "person",
                maskerad
                        ? new PersonVy(id, null, "********-****", true, person.skyddsniva())
                        : new PersonVy(
                                id,
                                person.fornamn() + " " + person.efternamn(),
                                person.personnummer().formaterat(),
                                false,
                                person.skyddsniva()));
        model.addAttribute("behorighet", behorighet);

        List<Personuppgifter.Adressandring> adresshistorik = uppgifter.adresshistorik(id);
        Postadress adress = maskerad ? null : personer.adress(id).orElse(null);
        model.addAttribute("adressDold", maskerad);
        model.addAttribute("adress", adress);
        model.addAttribute(
                "adresshistorik",
                maskerad
                        ? List.of()
                        : adresshistorik.stream()
                                .map(a -> new Adressrad(a.tidpunkt(), a.andradAv(), a.fran(), a.till()))
                                .toList());
        model.addAttribute("adressVersion", adresshistorik.size());
        model.addAttribute("adressVarden", adressVarden != null ? adressVarden : adressVarden(adress));
        model.addAttribute("adressFel", adressFel);

        List<Personuppgifter.Skyddsandring> skyddshistorik = uppgifter.skyddshistorik(id);
        model.addAttribute(
                "skyddshistorik",
                skyddshistorik.stream()
                        .map(s -> new Skyddsrad(s.tidpunkt(), s.andradAv(), s.fran(), s.till(), s.skal()))
                        .toList());
        model.addAttribute("skyddVersion", skyddshistorik.size());
        model.addAttribute(
                "skyddVarden",
                skyddVarden != null
                        ? skyddVarden
                        : Map.of("skyddsniva", person.skyddsniva().name()));
        model.addAttribute("skyddFel", skyddFel);
        model.addAttribute("skyddsnivaer", List.of(Skyddsniva.values()));

        List<Arende> lasbara = arenden.hittaForPerson(id).stream()
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .toList();
        model.addAttribute("arenden", lasbara);
    }

    private static Map<String, String> adressVarden(Postadress adress) {
        Map<String, String> varden = new LinkedHashMap<>();
        if (adress != null) {
            varden.put("co", adress.co());
            varden.put("gatuadress", adress.gatuadress());
            varden.put("postnummer", adress.postnummerVisat());
            varden.put("postort", adress.postort());
        }
        return varden;
    }

    /** Each field's message key; the first reason per field. */
    private static Map<String, String> fel(Valideringsfel e) {
        Map<String, String> fel = new LinkedHashMap<>();
        e.fel().forEach(f -> fel.putIfAbsent(f.falt(), f.orsak()));
        return fel;
    }

    /** The version the form was opened on; what is not a number is sent on as -1, which the use case refuses. */
    private static Long version(Map<String, String> falt) {
        String version = falt.get("version");
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Konflikt konflikt(AndradAvAnnan e) {
        return new Konflikt(e.av(), e.tidpunkt());
    }
}
