package se.tillit.uppgift.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.fel.HittadesInte;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.uppgift.Uppgiftsmotor;
import se.tillit.uppgift.internal.Uppgiftslista.Filter;
import se.tillit.uppgift.internal.Uppgiftslista.Rad;
import se.tillit.uppgift.internal.Uppgiftslista.Vy;

/** Mina uppgifter, Enhetens uppgifter, and one task with its form. */
@Controller
@RequiredArgsConstructor
class UppgiftSida {

    private final Uppgiftslista lista;
    private final Uppgiftsmotor motor;
    private final AktuellAnvandare aktuellAnvandare;
    private final ObjectMapper mapper;
    private final se.tillit.revision.Atkomstlogg atkomstlogg;
    private final JdbcHandlingar handlingar;
    private final org.springframework.transaction.support.TransactionTemplate transaktion;
    /** Each deployed form parsed once, by its definition's id: a deployed form never changes (issue 15). */
    private final Map<String, Formular> tolkade = new java.util.concurrent.ConcurrentHashMap<>();

    @GetMapping("/uppgifter")
    String lista(
            @RequestParam(defaultValue = "mina") String vy,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String arendetyp,
            @RequestParam(required = false) String uppgiftstyp,
            @RequestParam(defaultValue = "0") int sida,
            Model model) {
        Vy valdVy = "enhetens".equals(vy) ? Vy.ENHETENS : Vy.MINA;
        Filter valtFilter = new Filter(
                "forsenade".equals(filter),
                "inom7".equals(filter),
                StringUtils.hasText(arendetyp) ? arendetyp : null,
                StringUtils.hasText(uppgiftstyp) ? uppgiftstyp : null);
        Uppgiftslista.Sida visad = lista.lista(anvandare(), valdVy, valtFilter, sida);
        // issue 18: the list shows persons' names and personnummer, so the request is on record with whom it showed
        atkomstlogg.loggaVisade(
                se.tillit.revision.Atkomstlogg.Handling.LAS,
                valdVy == Vy.MINA ? "Uppgiftslista: mina" : "Uppgiftslista: enhetens",
                visad.rader().stream()
                        .map(Uppgiftslista.Rad::personId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute("sida", visad);
        model.addAttribute("vy", valdVy == Vy.MINA ? "mina" : "enhetens");
        model.addAttribute("filter", filter == null ? "" : filter);
        model.addAttribute("arendetyp", valtFilter.arendetyp());
        model.addAttribute("uppgiftstyp", valtFilter.uppgiftstyp());
        model.addAttribute("uppgiftstyper", motor.uppgiftstyper());
        model.addAttribute(
                "arendetyper",
                java.util.Arrays.stream(se.tillit.arende.Arendetyp.values())
                        .map(Enum::name)
                        .toList());
        return "uppgifter";
    }

    @PostMapping("/uppgifter/{id}/ta")
    String ta(@PathVariable String id, RedirectAttributes redirect) {
        Optional<Rad> hittad = lista.hitta(anvandare(), id);
        if (hittad.isEmpty()) {
            return redanSlutford(id, redirect);
        }
        Rad uppgift = hittad.get();
        String jag = anvandare().anvandarnamn();
        if (jag.equals(uppgift.tilldelad())) {
            return "redirect:/uppgifter/" + id; // a second click on "Ta": already mine
        }
        if (uppgift.tilldelad() != null) {
            return tagenAvNagonAnnan(uppgift.tilldelad(), redirect);
        }
        try {
            motor.ta(id, jag);
        } catch (RuntimeException e) {
            // two people took it at once: the engine let one through; the other is told who, not shown an error
            Optional<Rad> efter = lista.hitta(anvandare(), id);
            if (efter.isEmpty()) {
                return redanSlutford(id, redirect);
            }
            String tagenAv = efter.get().tilldelad();
            if (tagenAv == null) {
                throw e;
            }
            if (!jag.equals(tagenAv)) {
                return tagenAvNagonAnnan(tagenAv, redirect);
            }
        }
        return "redirect:/uppgifter/" + id;
    }

    private static String tagenAvNagonAnnan(String tagenAv, RedirectAttributes redirect) {
        redirect.addFlashAttribute("meddelande", "uppgift.redanTagenAv");
        redirect.addFlashAttribute("meddelandeArgument", tagenAv);
        return "redirect:/uppgifter?vy=enhetens";
    }

    /** A task no longer open: completed (by a double click or a colleague), else it never existed for this user. */
    private String redanSlutford(String id, RedirectAttributes redirect) {
        if (!motor.arSlutford(id)) {
            throw new HittadesInte("fel.uppgiftenFinnsInte");
        }
        redirect.addFlashAttribute("meddelande", "uppgift.redanSlutford");
        return "redirect:/uppgifter";
    }

    @PostMapping("/uppgifter/{id}/slapp")
    String slapp(@PathVariable String id) {
        Rad uppgift = uppgift(id);
        if (anvandare().anvandarnamn().equals(uppgift.tilldelad())) {
            motor.slapp(id);
        }
        return "redirect:/uppgifter";
    }

    @GetMapping("/uppgifter/{id}")
    String oppna(@PathVariable String id, Model model) {
        Rad uppgift = uppgift(id);
        if (uppgift.gorsPaRapportsidan()) {
            return "redirect:/lexsarah/" + uppgift.lexsarahId(); // the report's page logs the read
        }
        return visa(id, uppgift, model);
    }

    /** The task page, its read logged for the auditors. */
    private String visa(String id, Rad uppgift, Model model) {
        atkomstlogg.logga(
                se.tillit.revision.Atkomstlogg.Handling.LAS,
                uppgift.arendeId(),
                uppgift.personId(),
                "Uppgift: " + uppgift.uppgiftstyp());
        model.addAttribute("uppgift", uppgift);
        model.addAttribute("min", anvandare().anvandarnamn().equals(uppgift.tilldelad()));
        model.addAttribute("formular", formular(id).orElse(null));
        model.addAttribute("varden", Map.of());
        model.addAttribute("fel", Map.of());
        return "uppgift";
    }

    /**
     * A completion this task does not take (not claimed, done on another page): the task page again with the reason,
     * answered 409 so that neither a browser's history nor an integration takes the refusal for a completed step.
     */
    private String avvisa(String id, Rad uppgift, String meddelande, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("meddelande", meddelande);
        return visa(id, uppgift, model);
    }

    /** Completes the task after validating the submission against its own form; an invalid one changes nothing. */
    @PostMapping("/uppgifter/{id}")
    String slutfor(
            @PathVariable String id,
            @RequestParam Map<String, String> inskickat,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<Rad> hittad = lista.hitta(anvandare(), id);
        if (hittad.isEmpty()) {
            return redanSlutford(id, redirect);
        }
        Rad uppgift = hittad.get();
        if (uppgift.gorsPaRapportsidan()) {
            return avvisa(id, uppgift, "uppgift.paRapportsidan", model, response);
        }
        if (!anvandare().anvandarnamn().equals(uppgift.tilldelad())) {
            return avvisa(id, uppgift, "uppgift.intedin", model, response);
        }
        if (uppgift.sida() != null) {
            // done on its own page through the use cases, which complete the task: never completed empty here
            return avvisa(id, uppgift, "uppgift.gorsPaSida", model, response);
        }
        Optional<Formular> formular = formular(id);
        Map<String, Formular.Fel> fel = formular.map(f -> f.validera(inskickat)).orElse(Map.of());
        if (!fel.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uppgift", uppgift);
            model.addAttribute("min", true);
            model.addAttribute("formular", formular.get());
            model.addAttribute("varden", inskickat);
            model.addAttribute("fel", fel);
            return "uppgift";
        }
        // issue 17: a follow-up whose outcome is a new decision or avslut leads straight to that step, the decision's
        // id read before the task is gone. The id is spelt here, not read from motor.Uppfoljningsprocessen: motor
        // implements this module's port Uppgiftsmotor, so uppgift may not depend on motor (a cycle)
        java.util.Optional<java.util.UUID> beslutId =
                "Task_FoljaUpp".equals(uppgift.uppgiftstyp()) ? motor.beslutFor(id) : java.util.Optional.empty();
        // the handling and the completed task commit together: no document without its step, nor the reverse
        try {
            transaktion.executeWithoutResult(status -> {
                formular.ifPresent(f ->
                        handlingar.registrera(uppgift, f, inskickat, anvandare().anvandarnamn()));
                motor.slutfor(id, formular.map(f -> f.varden(inskickat)).orElse(Map.of()));
            });
        } catch (RuntimeException e) {
            // a double click: the first submit completed it while this one ran; nothing of this one was saved
            if (motor.arSlutford(id)) {
                return redanSlutford(id, redirect);
            }
            throw e;
        }
        if (beslutId.isPresent() && "NYTT_BESLUT".equals(inskickat.get("resultat"))) {
            redirect.addFlashAttribute("meddelande", "uppfoljning.tillNyttBeslut");
            return "redirect:/arenden/" + uppgift.arendeId() + "/beslut/nytt";
        }
        if (beslutId.isPresent() && "AVSLUT".equals(inskickat.get("resultat"))) {
            redirect.addFlashAttribute("meddelande", "uppfoljning.tillAvslut");
            return "redirect:/beslut/" + beslutId.get() + "?avslut=BEHOVET_UPPHORT#avslut";
        }
        redirect.addFlashAttribute("meddelande", "uppgift.klar");
        return "redirect:/uppgifter";
    }

    private Optional<Formular> formular(String id) {
        return motor.formular(id)
                .map(f -> f.id() == null
                        ? Formular.tolka(f.json(), mapper)
                        : tolkade.computeIfAbsent(f.id(), formularId -> Formular.tolka(f.json(), mapper)));
    }

    private Rad uppgift(String id) {
        return lista.hitta(anvandare(), id).orElseThrow(() -> new HittadesInte("fel.uppgiftenFinnsInte"));
    }

    private InloggadAnvandare anvandare() {
        return aktuellAnvandare.hamta().orElseThrow();
    }
}
