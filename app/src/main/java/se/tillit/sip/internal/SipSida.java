package se.tillit.sip.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personvy;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.sip.Huvudman;
import se.tillit.sip.Motesplats;
import se.tillit.sip.Onskan;
import se.tillit.sip.Samtyckesgivare;
import se.tillit.sip.Sip;
import se.tillit.sip.Sipakt;
import se.tillit.sip.Uppfoljningsresultat;

/**
 * The SIP's page (the form key of the SIP's user tasks): everything recorded, and the form of the step it waits for,
 * posting to the same use cases as {@code /api/sip}. Every view is logged; an invalid step answers 400 with the errors
 * beside the fields and saves nothing.
 */
@Controller
@RequiredArgsConstructor
class SipSida {

    /** Parses a form into a command and runs the step; adds each problem to {@code fel}. */
    private interface Steg {
        void utfor(Map<String, String> fel);
    }

    private final SipTjanst sipar;
    private final Arenden arenden;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Validator validator;

    @GetMapping("/sip/{id}")
    String sida(@PathVariable UUID id, Model model) {
        fyll(id, model, Map.of(), Map.of());
        return "sip";
    }

    /** The municipality's request, from a case: the person and the unit are the case's. */
    @GetMapping("/sip/ny")
    String ny(@RequestParam UUID arende, Model model) {
        Arende fran = handlaggarensArende(arende);
        atkomstlogg.logga(se.tillit.revision.Atkomstlogg.Handling.LAS, fran.id(), fran.personId(), "SIP: ny begäran");
        fyllNy(model, fran, Map.of("onskan", Onskan.EJ_TILLFRAGAD.name()), Map.of());
        return "sip-ny";
    }

    @PostMapping("/sip/ny")
    String begar(@RequestParam UUID arende, Skickat skickat) {
        Arende fran = handlaggarensArende(arende);
        Person person = personer.hitta(fran.personId()).orElseThrow();
        Map<String, String> fel = new LinkedHashMap<>();
        Onskan onskan = enumVarde(Onskan.class, skickat.falt(), "onskan", fel);
        NySip ny = new NySip(
                person.personnummer().formaterat(),
                null,
                null,
                fran.enhet(),
                text(skickat.falt(), "regionEnhet"),
                text(skickat.falt(), "regionKontakt"),
                onskan,
                datum(skickat.falt(), "onskanDatum", fel, false),
                "true".equals(skickat.falt("regionalaInsatser")));
        validera(ny, fel);
        if (fel.isEmpty()) {
            try {
                Sip sip = sipar.begar(ny);
                skickat.redirect().addFlashAttribute("meddelande", "sip.begard");
                return "redirect:/sip/" + sip.id();
            } catch (Valideringsfel e) {
                e.fel().forEach(f -> fel.putIfAbsent(f.falt(), f.orsak()));
            }
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        fyllNy(skickat.model(), fran, skickat.falt(), fel);
        return "sip-ny";
    }

    @PostMapping("/sip/{id}/onskan")
    String avbojd(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "sip.onskanRegistrerad", Map.of("datum", "nejDatum", "onskan", "nejDatum"), fel -> {
            Onskesvar svar = new Onskesvar(Onskan.NEJ, datum(skickat.falt(), "nejDatum", fel, true));
            if (fel.isEmpty()) {
                sipar.registreraOnskan(id, svar);
            }
        });
    }

    @PostMapping("/sip/{id}/samtycke")
    String samtycke(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "sip.samtyckeRegistrerat", fel -> {
            NyttSamtycke samtycke = new NyttSamtycke(
                    text(skickat.falt(), "omfattning"),
                    datum(skickat.falt(), "givet", fel, true),
                    enumVarde(Samtyckesgivare.class, skickat.falt(), "lamnatAv", fel));
            if (validera(samtycke, fel)) {
                sipar.registreraSamtycke(id, samtycke);
            }
        });
    }

    @PostMapping("/sip/{id}/aterkallelse")
    String aterkallelse(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "sip.samtyckeAterkallat", Map.of("datum", "aterkallatDatum"), fel -> {
            Aterkallelse aterkallelse = new Aterkallelse(datum(skickat.falt(), "aterkallatDatum", fel, true));
            if (fel.isEmpty()) {
                sipar.aterkallaSamtycke(id, aterkallelse);
            }
        });
    }

    @PostMapping("/sip/{id}/kallelse")
    String kallelse(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "sip.kallelseRegistrerad", fel -> {
            NyKallelse kallelse = new NyKallelse(
                    datum(skickat.falt(), "skickad", fel, true),
                    datum(skickat.falt(), "motesdatum", fel, true),
                    enumVarde(Motesplats.class, skickat.falt(), "plats", fel),
                    enumVarde(Huvudman.class, skickat.falt(), "kalladAv", fel));
            if (validera(kallelse, fel)) {
                sipar.registreraKallelse(id, kallelse);
            }
        });
    }

    @PostMapping("/sip/{id}/mote")
    String mote(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "sip.moteRegistrerat", fel -> {
            boolean flerMoten = "true".equals(skickat.falt("flerMoten"));
            NyttMote mote = new NyttMote(
                    datum(skickat.falt(), "datum", fel, true),
                    text(skickat.falt(), "deltagare"),
                    text(skickat.falt(), "anteckning"),
                    flerMoten,
                    datum(skickat.falt(), "nastaMote", fel, flerMoten));
            if (validera(mote, fel)) {
                sipar.registreraMote(id, mote);
            }
        });
    }

    @PostMapping("/sip/{id}/plan")
    String plan(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "sip.planUpprattad", fel -> {
            NyPlan plan = new NyPlan(
                    text(skickat.falt(), "kommunensInsatser"),
                    text(skickat.falt(), "regionensInsatser"),
                    text(skickat.falt(), "andrasInsatser"),
                    enumVarde(Huvudman.class, skickat.falt(), "huvudansvar", fel),
                    datum(skickat.falt(), "uppfoljning", fel, true),
                    datum(skickat.falt(), "upprattad", fel, true));
            if (validera(plan, fel)) {
                sipar.upprattaPlan(id, plan);
            }
        });
    }

    @PostMapping("/sip/{id}/uppfoljning")
    String uppfoljning(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "sip.uppfoljd", fel -> {
            NyUppfoljning uppfoljning = new NyUppfoljning(
                    datum(skickat.falt(), "genomford", fel, true),
                    enumVarde(Uppfoljningsresultat.class, skickat.falt(), "resultat", fel),
                    text(skickat.falt(), "anteckning"));
            if (validera(uppfoljning, fel)) {
                sipar.registreraUppfoljning(id, uppfoljning);
            }
        });
    }

    private String steg(UUID id, Skickat skickat, String meddelande, Steg steg) {
        return steg(id, skickat, meddelande, Map.of(), steg);
    }

    /** @param namn the use case's field name to the page's, where a form names its field apart from the others */
    private String steg(UUID id, Skickat skickat, String meddelande, Map<String, String> namn, Steg steg) {
        Map<String, String> fel = new LinkedHashMap<>();
        try {
            steg.utfor(fel);
        } catch (Valideringsfel e) {
            e.fel().forEach(f -> fel.putIfAbsent(namn.getOrDefault(f.falt(), f.falt()), f.orsak()));
        }
        if (fel.isEmpty()) {
            skickat.redirect().addFlashAttribute("meddelande", meddelande);
            return "redirect:/sip/" + id;
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        fyll(id, skickat.model(), skickat.falt(), fel);
        return "sip";
    }

    private void fyll(UUID id, Model model, Map<String, String> varden, Map<String, String> fel) {
        Sipakt akt = sipar.akt(id);
        Sip sip = akt.sip();
        Person person = personer.hitta(sip.personId()).orElseThrow();
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, sip.arendeId(), person.id(), "SIP-sidan");
        model.addAttribute("akt", akt);
        model.addAttribute("person", Personvy.av(person, aktuellAnvandare));
        model.addAttribute(
                "arende",
                sip.arendeId() == null ? null : arenden.hitta(sip.arendeId()).orElse(null));
        model.addAttribute(
                "kanSkriva",
                sip.oppen()
                        && aktuellAnvandare
                                .hamta()
                                .map(a -> a.harRollIEnhet(sip.enhet(), Roll.HANDLAGGARE))
                                .orElse(false));
        Map<String, String> ifyllda = new LinkedHashMap<>(varden);
        if (akt.plan() != null || akt.regionensDel() != null) {
            // a revision starts from the plan in force; the region's part from what the region reported last
            ifyllda.putIfAbsent(
                    "kommunensInsatser", akt.plan() == null ? "" : akt.plan().kommunensInsatser());
            ifyllda.putIfAbsent(
                    "regionensInsatser",
                    akt.regionensDel() != null
                            ? akt.regionensDel().insatser()
                            : akt.plan().regionensInsatser());
            ifyllda.putIfAbsent(
                    "andrasInsatser",
                    akt.plan() == null || akt.plan().andrasInsatser() == null
                            ? ""
                            : akt.plan().andrasInsatser());
        }
        model.addAttribute("varden", ifyllda);
        model.addAttribute("fel", fel);
        model.addAttribute(
                "platser", Arrays.stream(Motesplats.values()).map(Enum::name).toList());
    }

    private void fyllNy(Model model, Arende arende, Map<String, String> varden, Map<String, String> fel) {
        model.addAttribute("arende", arende);
        model.addAttribute(
                "person", Personvy.av(personer.hitta(arende.personId()).orElseThrow(), aktuellAnvandare));
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
    }

    /** A case of the user's unit as handläggare; a case the user may not read does not exist. */
    private Arende handlaggarensArende(UUID arendeId) {
        Arende arende = arenden.hitta(arendeId)
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        aktuellAnvandare.kravRollIEnhet(arende.enhet(), Roll.HANDLAGGARE);
        return arende;
    }

    private boolean validera(Object kommando, Map<String, String> fel) {
        validator
                .validate(kommando)
                .forEach(brott -> fel.putIfAbsent(brott.getPropertyPath().toString(), brott.getMessage()));
        return fel.isEmpty();
    }

    private static LocalDate datum(Map<String, String> falt, String namn, Map<String, String> fel, boolean kravs) {
        String text = falt.get(namn);
        if (text == null || text.isBlank()) {
            if (kravs) {
                fel.putIfAbsent(namn, "Ange ett datum");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.putIfAbsent(namn, "sip.fel.angeDatumetSomAaaaMmDd");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumVarde(
            Class<E> typ, Map<String, String> falt, String namn, Map<String, String> fel) {
        try {
            return Enum.valueOf(typ, falt.getOrDefault(namn, ""));
        } catch (IllegalArgumentException e) {
            fel.putIfAbsent(namn, "fel.valjEttAvAlternativen");
            return null;
        }
    }

    private static String text(Map<String, String> falt, String namn) {
        String text = falt.get(namn);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
