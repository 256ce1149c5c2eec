package se.tillit.utredning.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslutsutfall;
import se.tillit.beslut.Insats;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personvy;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.utredning.Forslag;
import se.tillit.utredning.Kommunicering;
import se.tillit.utredning.Kommuniceringssatt;
import se.tillit.utredning.Kommuniceringsundantag;
import se.tillit.utredning.Utredning;
import se.tillit.utredning.Utredningar;
import se.tillit.utredning.Utredningsprocess;
import se.tillit.utredning.Utredningstext;

/**
 * The investigation page (the form key of {@code Task_Utreda} and {@code Task_InvantaKommuniceringssvar}): the
 * investigation as a document of the case, saved as drafts and signed, with its kommuniceringar. The unit's
 * handläggare write; the one who holds Utreda signs; the unit's chef and the revisor read. Every view is logged. An
 * invalid step answers 400 with the errors beside the fields and saves nothing; a step already done (a double click,
 * a colleague first) says so.
 */
@Controller
@RequiredArgsConstructor
class UtredningSida {

    /** A proposal row of the form, as typed. */
    record Rad(String insatstyp, String utfall, String motivering) {}

    /** The form's proposal rows, the proposals they make, and for each proposal the row it came from. */
    private record Rader(List<Rad> rader, List<Forslag> forslag, List<Integer> radIndex) {}

    /** Parses a form and runs the step; adds each problem it finds to {@code fel}. */
    private interface Steg {
        void utfor(Map<String, String> fel);
    }

    static final int MAX_RADER = 30;

    private final Utredningsarbete arbete;
    private final Utredningar utredningar;
    private final UtredningstextRepository texter;
    private final Utredningsprocess process;
    private final Arenden arenden;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    @GetMapping("/utredningar/{id}")
    @Transactional
    String sida(@PathVariable UUID id, Model model) {
        Utredning utredning = lasbar(id);
        Utredningstext senaste = texter.senaste(id).orElse(null);
        Map<String, String> varden = new LinkedHashMap<>();
        List<Rad> rader = new ArrayList<>();
        if (senaste != null) {
            varden.put("begaran", senaste.begaran());
            varden.put("bakgrund", senaste.bakgrund());
            varden.put("enskildesSyn", senaste.enskildesSyn());
            varden.put("bedomning", senaste.bedomning());
            varden.put(
                    "kommuniceringUndantag",
                    senaste.kommuniceringUndantag() == null ? "" : senaste.kommuniceringUndantag());
            senaste.forslag().forEach(f -> rader.add(new Rad(f.insatstyp(), f.utfall(), f.motivering())));
        }
        fyll(utredning, model, varden, rader, senaste == null ? 0 : senaste.version(), Map.of());
        return "utredning";
    }

    @PostMapping("/utredningar/{id}/utkast")
    String utkast(@PathVariable UUID id, Skickat skickat) {
        String[] meddelande = {"utredning.utkastSparat"};
        return steg(id, skickat, meddelande, fel -> {
            Utkast utkast = utkast(skickat.falt(), fel);
            if (fel.isEmpty()) {
                if (arbete.sparaUtkast(id, utkast) == Utredningsarbete.Sparat.OFORANDRAT) {
                    meddelande[0] = "utredning.ingenAndring";
                }
            }
        });
    }

    @PostMapping("/utredningar/{id}/signera")
    String signera(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, new String[] {"utredning.signerad"}, fel -> {
            Utkast utkast = utkast(skickat.falt(), fel);
            if (fel.isEmpty()) {
                arbete.signera(id, utkast);
            }
        });
    }

    /** One more empty proposal row, without saving and without JavaScript: the form comes back as typed. */
    @PostMapping("/utredningar/{id}/rader")
    @Transactional
    String laggTillRad(@PathVariable UUID id, @RequestParam Map<String, String> falt, Model model) {
        Utredning utredning = skrivbar(id);
        List<Rad> rader = new ArrayList<>(rader(falt, new LinkedHashMap<>()).rader());
        if (rader.size() < MAX_RADER) {
            rader.add(new Rad("", "", ""));
        }
        fyll(utredning, model, falt, rader, heltal(falt.get("version")), Map.of());
        return "utredning";
    }

    @PostMapping("/utredningar/{id}/kommunicering")
    String kommunicering(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, new String[] {"utredning.kommuniceringRegistrerad"}, fel -> {
            NyKommunicering ny = new NyKommunicering(
                    datum(skickat.falt(), "skickad", fel), satt(skickat.falt("satt")), text(skickat.falt(), "vad"));
            if (fel.isEmpty()) {
                arbete.kommunicera(id, ny);
            }
        });
    }

    @PostMapping("/utredningar/{id}/kommunicering/svar")
    String svar(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, new String[] {"utredning.svarRegistrerat"}, fel -> {
            LocalDate besvarad = datum(skickat.falt(), "besvarad", fel);
            if (fel.isEmpty()) {
                arbete.registreraSvar(id, besvarad, text(skickat.falt(), "sammanfattning"));
            }
        });
    }

    @PostMapping("/utredningar/{id}/kommunicering/utebliven")
    String utebliven(@PathVariable UUID id, Skickat skickat) {
        return steg(
                id,
                skickat,
                new String[] {"utredning.uteblivetRegistrerat"},
                fel -> arbete.registreraUteblivetSvar(id));
    }

    /**
     * Checks who may write before reading the form (404 outside the unit, 403 without the role), runs the step, and
     * answers: done (redirect with the message), already done (redirect saying so), or 400 with the form as typed.
     */
    private String steg(UUID id, Skickat skickat, String[] meddelande, Steg steg) {
        skrivbar(id);
        Map<String, String> fel = new LinkedHashMap<>();
        try {
            steg.utfor(fel);
        } catch (Valideringsfel e) {
            e.fel().forEach(f -> fel.putIfAbsent(radfalt(f.falt(), skickat.falt()), f.orsak()));
        } catch (RedanGjort e) {
            if ("utredning.redanSignerad".equals(e.meddelande()) && !"utredning.signerad".equals(meddelande[0])) {
                // a step on a signed investigation is refused, not "already done": the document is closed
                skickat.response().setStatus(HttpServletResponse.SC_CONFLICT);
                return igen(id, skickat, Map.of("signera", e.meddelande()));
            }
            skickat.redirect().addFlashAttribute("meddelande", e.meddelande());
            return "redirect:/utredningar/" + id;
        }
        if (fel.isEmpty()) {
            skickat.redirect().addFlashAttribute("meddelande", meddelande[0]);
            return "redirect:/utredningar/" + id;
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return igen(id, skickat, fel);
    }

    /** The investigation's page again with what was sent and the errors by their fields. */
    private String igen(UUID id, Skickat skickat, Map<String, String> fel) {
        fyll(
                lasbar(id),
                skickat.model(),
                skickat.falt(),
                rader(skickat.falt(), new LinkedHashMap<>()).rader(),
                heltal(skickat.falt("version")),
                fel);
        return "utredning";
    }

    private void fyll(
            Utredning utredning,
            Model model,
            Map<String, String> varden,
            List<Rad> rader,
            int version,
            Map<String, String> fel) {
        Arende arende = arenden.hitta(utredning.arendeId()).orElseThrow();
        Person person = personer.hitta(arende.personId()).orElseThrow();
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), person.id(), "Utredningssidan");
        String jag = aktuellAnvandare.hamta().map(a -> a.anvandarnamn()).orElse(null);
        Utredningstext senaste = texter.senaste(utredning.id()).orElse(null);
        List<Kommunicering> kommuniceringar = texter.kommuniceringar(utredning.id());
        Kommunicering vantande = kommuniceringar.stream()
                .filter(Kommunicering::vantarPaSvar)
                .findFirst()
                .orElse(null);
        Utredningsprocess.Processuppgift utreda = process.utreda(utredning.id()).orElse(null);
        boolean signerad = senaste != null && senaste.arSignerad();
        boolean kanSkriva = !signerad
                && utredning.avslutad() == null
                && aktuellAnvandare
                        .hamta()
                        .map(a -> a.harRollIEnhet(arende.enhet(), Roll.HANDLAGGARE))
                        .orElse(false);
        List<Rad> visade = new ArrayList<>(rader);
        if (kanSkriva && visade.isEmpty()) {
            visade.add(new Rad("", "", ""));
        }
        LocalDate idag = LocalDate.now(clock);
        model.addAttribute("utredning", utredning);
        model.addAttribute("arende", arende);
        model.addAttribute("person", Personvy.av(person, aktuellAnvandare));
        model.addAttribute("senaste", senaste);
        model.addAttribute("signerad", signerad);
        model.addAttribute("versioner", texter.versioner(utredning.id()));
        model.addAttribute("kommuniceringar", kommuniceringar);
        model.addAttribute("vantande", vantande);
        model.addAttribute(
                "fristUte", vantande != null && vantande.svarsfrist() != null && idag.isAfter(vantande.svarsfrist()));
        model.addAttribute("utreda", utreda);
        model.addAttribute("kanSkriva", kanSkriva);
        model.addAttribute("kanSignera", kanSkriva && utreda != null && jag != null && jag.equals(utreda.tilldelad()));
        model.addAttribute("varden", varden);
        model.addAttribute("rader", visade);
        model.addAttribute("version", version);
        model.addAttribute("fel", fel);
        model.addAttribute("idag", idag);
        model.addAttribute(
                "insatser", Arrays.stream(Insats.values()).map(Enum::name).toList());
        model.addAttribute(
                "utfall", Arrays.stream(Beslutsutfall.values()).map(Enum::name).toList());
        model.addAttribute(
                "undantag",
                Arrays.stream(Kommuniceringsundantag.values()).map(Enum::name).toList());
        model.addAttribute(
                "satt",
                Arrays.stream(Kommuniceringssatt.values()).map(Enum::name).toList());
    }

    /** The investigation, if this user may read its case; otherwise it does not exist. */
    private Utredning lasbar(UUID id) {
        Utredning utredning =
                utredningar.hitta(id).orElseThrow(() -> new HittadesInte("utredning.fel.utredningenFinnsInte"));
        arenden.hitta(utredning.arendeId())
                .filter(a -> aktuellAnvandare.kanLasaEnhet(a.enhet()))
                .orElseThrow(() -> new HittadesInte("utredning.fel.utredningenFinnsInte"));
        return utredning;
    }

    /** The investigation, if this user is a handläggare of its unit: 404 to whoever may not read it, 403 to a reader. */
    private Utredning skrivbar(UUID id) {
        Utredning utredning = lasbar(id);
        aktuellAnvandare.kravRollIEnhet(
                arenden.hitta(utredning.arendeId()).orElseThrow().enhet(), Roll.HANDLAGGARE);
        return utredning;
    }

    private static Utkast utkast(Map<String, String> falt, Map<String, String> fel) {
        Rader rader = rader(falt, fel);
        Kommuniceringsundantag undantag = null;
        String kod = falt.getOrDefault("kommuniceringUndantag", "");
        if (!kod.isBlank()) {
            try {
                undantag = Kommuniceringsundantag.valueOf(kod);
            } catch (IllegalArgumentException e) {
                fel.putIfAbsent("kommuniceringUndantag", "utredning.fel.valj");
            }
        }
        return new Utkast(
                strip(falt.get("begaran")),
                strip(falt.get("bakgrund")),
                strip(falt.get("enskildesSyn")),
                strip(falt.get("bedomning")),
                rader.forslag(),
                undantag,
                heltal(falt.get("version")));
    }

    /**
     * The proposal rows as typed ({@code insatstyp0}, {@code utfall0}, {@code motivering0}, ...; {@code antalRader} of
     * them): a row left empty is no proposal; a row with a text but no insats or outcome is an error beside it.
     */
    private static Rader rader(Map<String, String> falt, Map<String, String> fel) {
        int antal = Math.min(Math.max(heltal(falt.get("antalRader")), 0), MAX_RADER);
        List<Rad> rader = new ArrayList<>();
        List<Forslag> forslag = new ArrayList<>();
        List<Integer> radIndex = new ArrayList<>();
        Set<String> insatser = new HashSet<>();
        for (int i = 0; i < antal; i++) {
            Rad rad = new Rad(
                    strip(falt.get("insatstyp" + i)), strip(falt.get("utfall" + i)), strip(falt.get("motivering" + i)));
            if (rad.insatstyp().isEmpty()
                    && rad.utfall().isEmpty()
                    && rad.motivering().isEmpty()) {
                continue;
            }
            int index = rader.size();
            rader.add(rad);
            boolean giltig = true;
            if (Insats.hitta(rad.insatstyp()).isEmpty()) {
                fel.putIfAbsent("insatstyp" + index, "utredning.fel.valj");
                giltig = false;
            } else if (!insatser.add(rad.insatstyp())) {
                fel.putIfAbsent("insatstyp" + index, "utredning.fel.dubblett");
                giltig = false;
            }
            if (Arrays.stream(Beslutsutfall.values()).noneMatch(u -> u.name().equals(rad.utfall()))) {
                fel.putIfAbsent("utfall" + index, "utredning.fel.valj");
                giltig = false;
            }
            if (giltig) {
                forslag.add(new Forslag(rad.insatstyp(), rad.utfall(), rad.motivering()));
                radIndex.add(index);
            }
        }
        return new Rader(rader, forslag, radIndex);
    }

    /** The use case names a proposal by its place among the proposals; the page by its row. */
    private static String radfalt(String falt, Map<String, String> varden) {
        if (falt.startsWith("motivering") && falt.length() > "motivering".length()) {
            int forslag = heltal(falt.substring("motivering".length()));
            List<Integer> radIndex = rader(varden, new LinkedHashMap<>()).radIndex();
            return forslag < radIndex.size() ? "motivering" + radIndex.get(forslag) : falt;
        }
        return falt;
    }

    private static LocalDate datum(Map<String, String> falt, String namn, Map<String, String> fel) {
        String text = falt.get(namn);
        if (text == null || text.isBlank()) {
            fel.putIfAbsent(namn, "utredning.fel.datum");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.putIfAbsent(namn, "utredning.fel.datumformat");
            return null;
        }
    }

    private static Kommuniceringssatt satt(String kod) {
        return Arrays.stream(Kommuniceringssatt.values())
                .filter(s -> s.name().equals(kod))
                .findFirst()
                .orElse(null);
    }

    private static String text(Map<String, String> falt, String namn) {
        String text = falt.get(namn);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static int heltal(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
