package se.tillit.oversikt.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.fel.Texter;
import se.tillit.motor.Aktualiseringsprocessen;
import se.tillit.motor.BegaranOmAvgorandeprocessen;
import se.tillit.motor.Forhandsbedomningsprocessen;
import se.tillit.motor.Genomforandeplanprocessen;
import se.tillit.motor.IndividuellPlanprocessen;
import se.tillit.motor.Sipprocessen;
import se.tillit.motor.Uppfoljningsprocessen;
import se.tillit.motor.Utredningsprocessen;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.sip.Nyckeltal;
import se.tillit.uppgift.Forseningar;
import se.tillit.uppgift.OppenUppgift;
import se.tillit.uppgift.Uppgiftsmotor;
import se.tillit.uppgift.Uppgiftsoversikt;

/**
 * The chef's overdue view per unit: investigations past or near their deadline, förhandsbedömningar and
 * skyddsbedömningar late, follow-ups overdue, ej verkställda beslut; per handläggare; each count a link to
 * its list, where tasks can be reassigned within the unit (logged).
 */
@Controller
@RequiredArgsConstructor
class ForsenatSida {

    static final int STANDARD_DAGAR = 14;
    /** The rows of the view: the task type behind each, in the order a chef reads them. */
    static final List<String> RADER = List.of(
            Utredningsprocessen.TASK_UTREDA,
            Forhandsbedomningsprocessen.TASK_BESLUTA_OM_UTREDNING,
            Forhandsbedomningsprocessen.TASK_OMEDELBAR_SKYDDSBEDOMNING,
            Uppfoljningsprocessen.TASK_FOLJA_UPP,
            Aktualiseringsprocessen.TASK_BEDOM_AKTUALISERING,
            Sipprocessen.TASK_SKICKA_KALLELSE,
            Sipprocessen.TASK_FOLJA_UPP_SIP,
            BegaranOmAvgorandeprocessen.TASK_AVGORA_ELLER_AVSLA,
            // a child's clocks after the decision (issue 17): reporter's information, placement review, the offer of
            // parental support (R10), follow-up
            se.tillit.motor.Barnprocesserna.TASK_INFORMERA_ANMALAREN,
            se.tillit.motor.Barnprocesserna.TASK_OVERVAGA_PLACERING,
            se.tillit.motor.Barnprocesserna.TASK_ERBJUD_FORALDRASTOD,
            se.tillit.motor.Barnprocesserna.TASK_FOLJA_UPP_BARNET,
            // the provider's genomförandeplan past its target (issue 17, R18)
            Genomforandeplanprocessen.TASK_GENOMFORANDEPLAN_FORSENAD,
            // an LSS individuell plan past its yearly review (issue 17, LSS 10 §)
            IndividuellPlanprocessen.TASK_OMPROVA_INDIVIDUELL_PLAN);
    /** A child investigation's tasks, whose row offers the chef a förlängning (C4). */
    static final Set<String> FORLANGNINGSBARA =
            Set.of(Utredningsprocessen.TASK_UTREDA, Utredningsprocessen.TASK_UTREDNING_UTAN_FORLANGNING);

    /**
     * @param sip R20 for the unit on the chosen date, computed from the records
     * @param beraknad when the figures were counted ({@link Forsenatsberakning}: at most a minute ago)
     */
    record Enhetsvy(
            String enhet,
            Forseningar forseningar,
            long ejVerkstallda,
            Map<String, String> handlaggare,
            Nyckeltal sip,
            java.time.OffsetDateTime beraknad) {}

    private final Uppgiftsoversikt uppgifter;
    private final Enhetsregister enheter;
    private final Uppgiftsmotor motor;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final Clock clock;
    private final se.tillit.arende.Arenden arenden;
    private final Forsenatsberakning berakning;

    @GetMapping("/forsenat")
    String oversikt(
            @RequestParam(defaultValue = "" + STANDARD_DAGAR) int dagar,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
            @RequestParam(defaultValue = "false") boolean farsk,
            Model model) {
        int n = Math.max(1, Math.min(dagar, 365));
        LocalDate nyckeltalsdag = datum == null ? LocalDate.now(clock) : datum;
        List<Enhetsvy> vyer = new ArrayList<>();
        for (String enhet : chefsenheter()) {
            vyer.add(berakning.vy(enhet, n, nyckeltalsdag, farsk));
        }
        model.addAttribute("vyer", vyer);
        model.addAttribute("rader", RADER);
        model.addAttribute("dagar", n);
        model.addAttribute("datum", nyckeltalsdag);
        return "forsenat";
    }

    @GetMapping("/forsenat/lista")
    String lista(
            @RequestParam String enhet,
            @RequestParam(required = false) String typ,
            @RequestParam(required = false) String tilldelad,
            @RequestParam(defaultValue = "true") boolean forsenade,
            @RequestParam(defaultValue = "" + STANDARD_DAGAR) int dagar,
            Model model) {
        kravChef(enhet);
        model.addAttribute("enhet", enhet);
        List<OppenUppgift> lista =
                uppgifter.lista(enhet, blank(typ), tilldelad, forsenade, Math.max(1, Math.min(dagar, 365)));
        model.addAttribute("uppgifter", lista);
        // the rows of a child investigation get the button to its förlängning
        model.addAttribute(
                "forlangningsbara",
                lista.stream()
                        .filter(u -> u.arendeId() != null && FORLANGNINGSBARA.contains(u.uppgiftstyp()))
                        .filter(u -> arenden.hitta(u.arendeId())
                                .map(a -> a.arendetyp() == se.tillit.arende.Arendetyp.BARN_OCH_UNGA && a.oppet())
                                .orElse(false))
                        .map(OppenUppgift::taskId)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("handlaggare", enheter.medRoll(enhet, Roll.HANDLAGGARE));
        return "forsenat-lista";
    }

    /** Reassigns tasks of the unit to one of its handläggare; each change is logged on its case. */
    @PostMapping("/forsenat/fordela")
    @Transactional
    String fordela(
            @RequestParam String enhet,
            @RequestParam(name = "uppgift", required = false) List<String> taskIds,
            @RequestParam String till,
            RedirectAttributes redirect) {
        kravChef(enhet);
        if (!enheter.medRoll(enhet, Roll.HANDLAGGARE).containsKey(till)) {
            throw new AccessDeniedException(Texter.text("oversikt.fel.inteHandlaggareI", till, enhet));
        }
        Map<String, OppenUppgift> enhetens = new java.util.HashMap<>();
        uppgifter.lista(enhet, null, null, false, 36500).forEach(u -> enhetens.put(u.taskId(), u));
        int antal = 0;
        for (String taskId : taskIds == null ? List.<String>of() : taskIds) {
            OppenUppgift uppgift = enhetens.get(taskId);
            if (uppgift == null) {
                throw new se.tillit.fel.HittadesInte("oversikt.fel.uppgiftenFinnsInteIEnheten");
            }
            motor.tilldela(taskId, till);
            atkomstlogg.logga(
                    Atkomstlogg.Handling.SKRIV,
                    uppgift.arendeId(),
                    null,
                    "Omfördelad: " + uppgift.uppgiftstyp() + " från "
                            + (uppgift.tilldelad() == null ? "ingen" : uppgift.tilldelad()) + " till " + till);
            antal++;
        }
        berakning.glom(enhet);
        redirect.addFlashAttribute("omfordelade", antal);
        return "redirect:/forsenat/lista?enhet=" + enhet + "&forsenade=false&dagar=36500";
    }

    private Set<String> chefsenheter() {
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow();
        Set<String> enheter = anvandare.enheterMedRoll(Roll.CHEF);
        if (enheter.isEmpty()) {
            throw new AccessDeniedException("oversikt.fel.oversiktenArForChefer");
        }
        return enheter;
    }

    private void kravChef(String enhet) {
        if (!aktuellAnvandare
                .hamta()
                .map(a -> a.harRollIEnhet(enhet, Roll.CHEF))
                .orElse(false)) {
            throw new se.tillit.fel.HittadesInte("fel.enhetenFinnsInte");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
