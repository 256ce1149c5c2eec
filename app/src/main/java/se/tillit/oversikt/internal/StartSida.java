package se.tillit.oversikt.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.uppgift.Uppgiftsoversikt;
import se.tillit.verkstallighet.Bestallningar;

/**
 * The start page: the user's own work (their tasks overdue and due within seven days, the unassigned tasks of their
 * units, for a chef the overdue tasks of the units they lead, for a provider's staff the orders to start), then their
 * units and roles. It lives here and not in
 * {@code sakerhet} because it reads the task lists, which depend on {@code sakerhet} (docs/adr/0006). Like the task
 * lists it is the user's own work queue and is not logged per row (ADR 6). The link to Camunda's Cockpit is shown only
 * where {@code tillit.camunda.webapps} switches the webapps on (docs/adr/0019); Camunda Admin and Tasklist are not
 * linked, as ADMIN is not let into them.
 */
@Controller
class StartSida {

    /** How many tasks of each kind the page lists; the rest are behind the link to the full list. */
    static final int MAX_RADER = 10;

    private static final Set<Roll> UPPGIFTSROLLER = Set.of(Roll.HANDLAGGARE, Roll.CHEF, Roll.LEXSARAH_ANSVARIG);

    record EnhetMedRoller(Enhet enhet, List<Roll> roller) {}

    private final AktuellAnvandare aktuellAnvandare;
    private final Enhetsregister enhetsregister;
    private final Uppgiftsoversikt uppgifter;
    private final Bestallningar bestallningar;
    private final boolean motorwebbar;
    private final se.tillit.revision.Atkomstlogg atkomstlogg;
    private final Forsenatsberakning forsenat;

    StartSida(
            AktuellAnvandare aktuellAnvandare,
            Enhetsregister enhetsregister,
            Uppgiftsoversikt uppgifter,
            Bestallningar bestallningar,
            @Value("${tillit.camunda.webapps:false}") boolean motorwebbar,
            se.tillit.revision.Atkomstlogg atkomstlogg,
            Forsenatsberakning forsenat) {
        this.atkomstlogg = atkomstlogg;
        this.forsenat = forsenat;
        this.aktuellAnvandare = aktuellAnvandare;
        this.enhetsregister = enhetsregister;
        this.uppgifter = uppgifter;
        this.bestallningar = bestallningar;
        this.motorwebbar = motorwebbar;
    }

    @GetMapping("/")
    String start(Model model) {
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow();
        List<EnhetMedRoller> enheter = anvandare.rollerPerEnhet().entrySet().stream()
                .flatMap(e -> enhetsregister
                        .hitta(e.getKey())
                        .map(enhet -> new EnhetMedRoller(
                                enhet, e.getValue().stream().sorted().toList()))
                        .stream())
                .sorted(Comparator.comparing(rad -> rad.enhet().namn()))
                .toList();
        model.addAttribute("anvandare", anvandare);
        model.addAttribute("enheter", enheter);
        model.addAttribute("admin", anvandare.harRoll(Roll.ADMIN));
        model.addAttribute("motorwebbar", motorwebbar);
        boolean harUppgifter = UPPGIFTSROLLER.stream().anyMatch(anvandare::harRoll);
        se.tillit.uppgift.MittArbete arbete = harUppgifter ? uppgifter.mittArbete(anvandare, MAX_RADER) : null;
        if (arbete != null) {
            // issue 18: "my work" names persons, so the page is a read of those it shows
            atkomstlogg.loggaVisade(
                    se.tillit.revision.Atkomstlogg.Handling.LAS,
                    "Startsidan: mitt arbete",
                    java.util.stream.Stream.concat(arbete.forsenade().stream(), arbete.inomSjuDagar().stream())
                            .map(se.tillit.uppgift.MittArbete.Rad::personId)
                            .filter(java.util.Objects::nonNull)
                            .toList());
        }
        model.addAttribute("arbete", arbete);
        boolean chef = anvandare.harRoll(Roll.CHEF);
        model.addAttribute("chef", chef);
        if (chef) {
            model.addAttribute(
                    "forsenadeIEnheterna",
                    anvandare.enheterMedRoll(Roll.CHEF).stream()
                            // the same figures as Försenat's default view, counted at most once a minute
                            .mapToLong(enhet -> forsenat
                                    .vy(enhet, ForsenatSida.STANDARD_DAGAR, null, false)
                                    .forseningar()
                                    .perHandlaggare()
                                    .values()
                                    .stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                            .sum());
        }
        // the provider's orders, counted by status: no person is shown, so nothing is logged (the list logs)
        if (anvandare.harRoll(Roll.UTFORARE)) {
            Map<String, Long> antal = new HashMap<>();
            bestallningar.antalPerStatus().forEach((status, n) -> antal.put(status.name(), n));
            model.addAttribute("bestallningar", antal);
        } else {
            model.addAttribute("bestallningar", null);
        }
        return "start";
    }
}
