package se.tillit.oversikt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.arende.Arende;
import se.tillit.arende.Arenden;
import se.tillit.beslut.Beslutsforslag;
import se.tillit.beslut.Beslutsregister;
import se.tillit.beslut.Beslutsresultat;
import se.tillit.beslut.Beslutstillfalle;
import se.tillit.beslut.Beslutsutfall;
import se.tillit.beslut.Delegationsordning;
import se.tillit.beslut.Insats;
import se.tillit.beslut.Lagrum;
import se.tillit.beslut.NyttBeslut;
import se.tillit.drift.Svensktid;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personvy;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.Roll;

/**
 * The decision page: one decision per applied insats, taken together (the case's task "Fatta beslut" leads here).
 * Works without JavaScript: adding or removing an insats, or choosing another insats so that its lagrum are offered,
 * re-renders the page from what was typed, saving nothing. Taking the decisions goes through the delegationsordning:
 * within the user's delegation they are taken and the letter written; outside it the page becomes the chef's proposal.
 */
@Controller
@RequiredArgsConstructor
class FattaBeslutSida {

    static final ZoneId SVENSK_TID = Svensktid.ZON;
    static final String[] FALT = {
        "insatstyp",
        "utfall",
        "lagrum",
        "omfattning",
        "niva",
        "giltigFrom",
        "giltigTom",
        "motivering",
        "utforare",
        "utforartyp",
        "onskadStart",
        "placeringsform",
        "plats",
        "placeradFran",
        "individuellPlan"
    };

    /** One row of the page as typed, the lagrum its insats offers, and who may decide it. */
    record Rad(int index, Map<String, String> varden, List<Lagrum> lagrum, Delegationsordning.Delegering delegering) {

        String namn(String falt) {
            return "beslut[" + index + "]." + falt;
        }

        /** A child's placement: the row asks for the placement's form, place and first day (issue 17). */
        public boolean placering() {
            return Insats.hitta(varden.get("insatstyp")).map(Insats::placering).orElse(false);
        }
    }

    private final se.tillit.utredning.Utredningar utredningar;
    private final Arenden arenden;
    private final Personregister personer;
    private final Beslutsregister beslutsregister;
    private final Delegationsordning delegationsordning;
    private final Enhetsregister enheter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;

    @GetMapping("/arenden/{id}/beslut/nytt")
    String formular(@PathVariable UUID id, @RequestParam(required = false) UUID enligtDom, Model model) {
        Arende arende = arende(id);
        List<Map<String, String>> rader = new ArrayList<>();
        beslutsregister.oppetForslag(id).ifPresent(forslag -> forslag.beslut().forEach(b -> rader.add(varden(b))));
        if (rader.isEmpty()) {
            // the investigation's proposal per applied insats: the decision starts from what was investigated
            utredningar.forArende(id).stream()
                    .reduce((forsta, andra) -> andra)
                    .ifPresent(u -> utredningar.forslag(u.id()).forEach(f -> {
                        Map<String, String> rad = new HashMap<>();
                        rad.put("insatstyp", f.insatstyp());
                        rad.put("utfall", f.utfall());
                        rad.put("lagrum", "0");
                        rad.put("motivering", f.motivering());
                        rader.add(rad);
                    }));
        }
        if (rader.isEmpty()) {
            rader.add(new HashMap<>());
        }
        Map<String, String> gemensamma = new HashMap<>();
        gemensamma.put("beslutsdatum", LocalDate.now(clock.withZone(SVENSK_TID)).toString());
        gemensamma.put("formularId", UUID.randomUUID().toString());
        if (enligtDom != null) {
            gemensamma.put("enligtDom", enligtDom.toString());
        }
        visa(model, arende, rader, gemensamma, Map.of());
        return "beslut-nytt";
    }

    @PostMapping("/arenden/{id}/beslut/nytt")
    String skicka(
            @PathVariable UUID id,
            @RequestParam Map<String, String> falt,
            @RequestParam(defaultValue = "fatta") String atgard,
            @RequestParam(required = false) UUID enligtDom,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Arende arende = arende(id);
        if (enligtDom != null
                && beslutsregister
                        .beslutForOverklagande(enligtDom)
                        .flatMap(beslutsregister::hitta)
                        .filter(overklagat -> overklagat.arendeId().equals(id))
                        .isEmpty()) {
            // the judgment is named after the decision is made: an appeal not of this case (another unit's, too) is
            // refused before anything is decided, as if it did not exist (issue 16)
            throw new HittadesInte("fel.overklagandetFinnsInte");
        }
        List<Map<String, String>> rader = rader(falt);
        if (atgard.equals("lagg-till")) {
            rader.add(new HashMap<>());
        } else if (atgard.startsWith("ta-bort-")) {
            // the button's value names the row; a forged or too long one removes nothing (and is no 500)
            String rad = atgard.substring("ta-bort-".length());
            int index = rad.matches("[0-9]{1,2}") ? Integer.parseInt(rad) : -1;
            if (index >= 0 && index < rader.size() && rader.size() > 1) {
                rader.remove(index);
            }
        }
        // adding, removing and showing the lagrum re-render what was typed; anything else is the decision itself
        if (atgard.equals("lagg-till") || atgard.startsWith("ta-bort-") || atgard.equals("uppdatera")) {
            visa(model, arende, rader, falt, Map.of());
            return "beslut-nytt";
        }
        Map<String, String> fel = new LinkedHashMap<>();
        List<NyttBeslut> beslut = new ArrayList<>();
        LocalDate beslutsdatum = datum(falt.get("beslutsdatum"), "beslutsdatum", fel);
        UUID formularId = formularId(falt.get("formularId"));
        for (int i = 0; i < rader.size(); i++) {
            beslut.add(tolka(i, rader.get(i), beslutsdatum, fel));
        }
        if (fel.isEmpty()) {
            try {
                Beslutsresultat resultat = beslutsregister.fattaFlera(
                        new Beslutstillfalle(id, beslut, falt.get("utskottsprotokoll"), formularId));
                if (resultat.fattat() && enligtDom != null && !resultat.redanInskickat()) {
                    // the court's judgment called for this decision: the appeal's task is done with it
                    beslutsregister.forBrev(resultat.beslutsbrevId()).stream()
                            .findFirst()
                            .ifPresent(nytt -> beslutsregister.registreraBeslutEnligtDom(enligtDom, nytt.id()));
                }
                if (resultat.fattat()) {
                    redirect.addFlashAttribute(
                            "meddelande", resultat.redanInskickat() ? "beslut.nytt.redanFattat" : "beslut.nytt.fattat");
                } else {
                    redirect.addFlashAttribute(
                            "meddelande",
                            "beslut.nytt.forslag." + resultat.kravdNiva().name());
                }
                return "redirect:/arenden/" + id;
            } catch (Valideringsfel e) {
                // the register's reasons are text; the page's own checks above put message keys (the template shows
                // either)
                e.fel().forEach(f -> fel.putIfAbsent(f.falt(), f.orsak()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        visa(model, arende, rader, falt, fel);
        return "beslut-nytt";
    }

    private Arende arende(UUID id) {
        Arende arende = arenden.hitta(id).orElseThrow(() -> new HittadesInte("fel.arendetFinnsInte"));
        aktuellAnvandare.kravRollIEnhet(
                arende.enhet(), () -> new HittadesInte("fel.arendetFinnsInte"), Roll.HANDLAGGARE, Roll.CHEF);
        return arende;
    }

    private void visa(
            Model model,
            Arende arende,
            List<Map<String, String>> rader,
            Map<String, String> gemensamma,
            Map<String, String> fel) {
        Person person = personer.hitta(arende.personId()).orElseThrow();
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), person.id(), "Beslutssidan");
        boolean maskerad = Personvy.maskeras(person, aktuellAnvandare);
        List<Rad> visade = new ArrayList<>();
        for (int i = 0; i < rader.size(); i++) {
            Map<String, String> varden = rader.get(i);
            Insats insats = Insats.hitta(varden.get("insatstyp")).orElse(null);
            visade.add(new Rad(
                    i, varden, insats == null ? List.of() : insats.lagrum(), delegering(arende, insats, varden)));
        }
        Beslutsforslag forslag = beslutsregister.oppetForslag(arende.id()).orElse(null);
        model.addAttribute("arende", arende);
        model.addAttribute("person", maskerad ? null : person);
        model.addAttribute("rader", visade);
        model.addAttribute("gemensamma", gemensamma);
        model.addAttribute("fel", fel);
        model.addAttribute("forslag", forslag);
        model.addAttribute("insatser", Insats.values());
        model.addAttribute("utfall", Beslutsutfall.values());
        model.addAttribute("utforartyper", NyttBeslut.Utforartyp.values());
        model.addAttribute("placeringsformer", se.tillit.beslut.Placeringsform.values());
        model.addAttribute("individuellPlanInformation", se.tillit.beslut.IndividuellPlanInformation.values());
        model.addAttribute(
                "utforare",
                enheter.aktiva().stream()
                        .filter(e -> e.typ() == Enhet.Enhetstyp.UTFORARE)
                        .toList());
        model.addAttribute(
                "utskott",
                visade.stream()
                        .anyMatch(r -> r.delegering() != null
                                && r.delegering().niva() == Delegationsordning.Beslutsniva.UTSKOTT));
    }

    private Delegationsordning.Delegering delegering(Arende arende, Insats insats, Map<String, String> varden) {
        if (insats == null) {
            return null;
        }
        try {
            return delegationsordning.vem(
                    arende.arendetyp().name(), insats.name(), Beslutsutfall.valueOf(varden.getOrDefault("utfall", "")));
        } catch (IllegalArgumentException | Valideringsfel e) {
            return null; // no outcome chosen yet, or a question the table does not answer: said when deciding
        }
    }

    /** The rows as typed: {@code beslut[i].falt}, in index order. */
    private static List<Map<String, String>> rader(Map<String, String> falt) {
        int antal = 0;
        while (falt.containsKey("beslut[" + antal + "].insatstyp") && antal < 50) {
            antal++;
        }
        List<Map<String, String>> rader = new ArrayList<>();
        for (int i = 0; i < antal; i++) {
            Map<String, String> rad = new HashMap<>();
            for (String namn : FALT) {
                String varde = falt.get("beslut[" + i + "]." + namn);
                if (varde != null) {
                    rad.put(namn, varde);
                }
            }
            rader.add(rad);
        }
        if (rader.isEmpty()) {
            rader.add(new HashMap<>());
        }
        return rader;
    }

    private static Map<String, String> varden(NyttBeslut b) {
        Map<String, String> rad = new HashMap<>();
        rad.put("insatstyp", b.insatstyp());
        rad.put("utfall", b.utfall().name());
        Insats.hitta(b.insatstyp())
                .ifPresent(i ->
                        rad.put("lagrum", String.valueOf(Math.max(0, i.lagrum().indexOf(b.lagrum())))));
        rad.put("omfattning", b.omfattning());
        rad.put("niva", b.niva() == null ? null : b.niva().toString());
        rad.put("giltigFrom", b.giltigFrom() == null ? null : b.giltigFrom().toString());
        rad.put("giltigTom", b.giltigTom() == null ? null : b.giltigTom().toString());
        rad.put("motivering", b.motivering());
        rad.put("utforare", b.utforare());
        rad.put("utforartyp", b.utforartyp() == null ? null : b.utforartyp().name());
        rad.put("onskadStart", b.onskadStart() == null ? null : b.onskadStart().toString());
        rad.put(
                "individuellPlan",
                b.individuellPlan() == null ? null : b.individuellPlan().name());
        if (b.placering() != null) {
            rad.put(
                    "placeringsform",
                    b.placering().form() == null ? null : b.placering().form().name());
            rad.put("plats", b.placering().plats());
            rad.put(
                    "placeradFran",
                    b.placering().placeradFran() == null
                            ? null
                            : b.placering().placeradFran().toString());
        }
        return rad;
    }

    private static NyttBeslut tolka(int i, Map<String, String> rad, LocalDate beslutsdatum, Map<String, String> fel) {
        String prefix = "beslut[" + i + "].";
        Insats insats = Insats.hitta(rad.get("insatstyp")).orElse(null);
        if (insats == null) {
            fel.put(prefix + "insatstyp", "beslut.nytt.fel.insats");
        }
        Beslutsutfall utfall = null;
        try {
            utfall = Beslutsutfall.valueOf(rad.getOrDefault("utfall", ""));
        } catch (IllegalArgumentException e) {
            fel.put(prefix + "utfall", "beslut.nytt.fel.utfall");
        }
        Lagrum lagrum = null;
        if (insats != null) {
            try {
                lagrum = insats.lagrum().get(Integer.parseInt(rad.getOrDefault("lagrum", "")));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                fel.put(prefix + "lagrum", "beslut.nytt.fel.lagrum");
            }
        }
        Integer niva = null;
        if (tom(rad.get("niva")) != null) {
            try {
                niva = Integer.valueOf(rad.get("niva").strip());
            } catch (NumberFormatException e) {
                fel.put(prefix + "niva", "beslut.nytt.fel.niva");
            }
        }
        NyttBeslut.Utforartyp utforartyp = null;
        if (tom(rad.get("utforartyp")) != null) {
            try {
                utforartyp = NyttBeslut.Utforartyp.valueOf(rad.get("utforartyp"));
            } catch (IllegalArgumentException e) {
                fel.put(prefix + "utforartyp", "beslut.nytt.fel.utforartyp");
            }
        }
        se.tillit.beslut.IndividuellPlanInformation individuellPlan = null;
        if (tom(rad.get("individuellPlan")) != null) {
            try {
                individuellPlan = se.tillit.beslut.IndividuellPlanInformation.valueOf(rad.get("individuellPlan"));
            } catch (IllegalArgumentException e) {
                fel.put(prefix + "individuellPlan", "individuellPlan.fel.information");
            }
        }
        return new NyttBeslut(
                insats == null ? null : insats.name(),
                utfall,
                lagrum,
                tom(rad.get("omfattning")),
                niva,
                datum(rad.get("giltigFrom"), prefix + "giltigFrom", fel),
                valfrittDatum(rad.get("giltigTom"), prefix + "giltigTom", fel),
                tom(rad.get("motivering")),
                utfall != null && utfall != Beslutsutfall.BIFALL,
                null,
                beslutsdatum,
                tom(rad.get("utforare")),
                utforartyp,
                valfrittDatum(rad.get("onskadStart"), prefix + "onskadStart", fel),
                placering(insats, rad, prefix, fel),
                individuellPlan);
    }

    /** A placement row's placement (issue 17): the register says what is missing; a wrong form or date is said here. */
    private static se.tillit.beslut.Placeringsuppgift placering(
            Insats insats, Map<String, String> rad, String prefix, Map<String, String> fel) {
        if (insats == null
                || !insats.placering()
                || (tom(rad.get("placeringsform")) == null
                        && tom(rad.get("plats")) == null
                        && tom(rad.get("placeradFran")) == null)) {
            return null;
        }
        se.tillit.beslut.Placeringsform form = null;
        if (tom(rad.get("placeringsform")) != null) {
            try {
                form = se.tillit.beslut.Placeringsform.valueOf(rad.get("placeringsform"));
            } catch (IllegalArgumentException e) {
                fel.put(prefix + "placering.form", "beslut.nytt.fel.placeringsform");
            }
        }
        return new se.tillit.beslut.Placeringsuppgift(
                form,
                tom(rad.get("plats")),
                valfrittDatum(rad.get("placeradFran"), prefix + "placering.placeradFran", fel));
    }

    private static LocalDate datum(String text, String falt, Map<String, String> fel) {
        if (tom(text) == null) {
            fel.put(falt, "beslut.nytt.fel.datumSaknas");
            return null;
        }
        return valfrittDatum(text, falt, fel);
    }

    private static LocalDate valfrittDatum(String text, String falt, Map<String, String> fel) {
        if (tom(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.put(falt, "beslut.nytt.fel.datumFormat");
            return null;
        }
    }

    /** The page's own id; a missing or forged one gets a new id, so at worst a forged form is one more submit. */
    private static UUID formularId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UUID.randomUUID();
        }
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
