package se.tillit.verkstallighet.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.Personregister;
import se.tillit.pris.Manadskostnad;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.verkstallighet.BestalldInsats;
import se.tillit.verkstallighet.Narvarodag;
import se.tillit.verkstallighet.Verkstalligheter;

/**
 * The provider's week of attendance at daily activity in egen regi (R26): one row per user, Monday to Friday,
 * a box per day. Days before the start, after the end or in the future cannot be ticked.
 */
@Controller
@RequiredArgsConstructor
class NarvaroSida {

    /** One user's week; {@code dagar} holds, per weekday, whether it can be recorded and whether it was attended. */
    record Rad(UUID beslutId, String arendenummer, String namn, List<Dag> dagar) {}

    record Dag(LocalDate dag, boolean mojlig, boolean narvarande) {}

    private final Verkstalligheter verkstalligheter;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;

    @GetMapping("/narvaro")
    String vecka(
            @RequestParam(required = false) String vecka, @RequestParam(required = false) String enhet, Model model) {
        InloggadAnvandare utforare = utforare();
        String vald = enhet == null || enhet.isBlank()
                ? utforare.enheterMedRoll(Roll.UTFORARE).first()
                : enhet;
        if (!utforare.harRollIEnhet(vald, Roll.UTFORARE)) {
            throw new AccessDeniedException(
                    Texter.text("verkstallighet.fel.narvaroRegistrerasAvUtforarensPersonal2", vald));
        }
        LocalDate mandag = mandag(vecka);
        LocalDate idag = LocalDate.now(clock);
        List<Rad> rader = new ArrayList<>();
        for (BestalldInsats insats : verkstalligheter.bestalldaInsatser(mandag, mandag.plusDays(4))) {
            if (!insats.utforare().equals(vald)
                    || insats.verkstalld() == null
                    || !Manadskostnad.raknarNarvaro(insats.insatstyp(), insats.utforartyp())) {
                continue;
            }
            List<Dag> dagar = new ArrayList<>();
            for (LocalDate dag = mandag; dag.getDayOfWeek() != DayOfWeek.SATURDAY; dag = dag.plusDays(1)) {
                boolean mojlig = !dag.isBefore(insats.verkstalld())
                        && !dag.isAfter(idag)
                        && (insats.slut() == null || !dag.isAfter(insats.slut()));
                dagar.add(new Dag(dag, mojlig, insats.narvaro().contains(dag)));
            }
            rader.add(new Rad(insats.beslutId(), insats.arendenummer(), namn(insats.personId(), utforare), dagar));
        }
        rader.sort(java.util.Comparator.comparing(Rad::arendenummer));
        model.addAttribute("enheter", utforare.enheterMedRoll(Roll.UTFORARE));
        model.addAttribute("enhet", vald);
        model.addAttribute("mandag", mandag);
        model.addAttribute(
                "veckodagar",
                List.of(mandag, mandag.plusDays(1), mandag.plusDays(2), mandag.plusDays(3), mandag.plusDays(4)));
        model.addAttribute("rader", rader);
        return "narvaro";
    }

    /**
     * Saves the week as shown: {@code visad} lists every box that could be ticked ("beslutId|dag"), {@code narvarande}
     * the ticked ones, so an unticked box records absence.
     */
    @PostMapping("/narvaro")
    String spara(
            @RequestParam String vecka,
            @RequestParam String enhet,
            @RequestParam(name = "visad", required = false) List<String> visade,
            @RequestParam(name = "narvarande", required = false) List<String> narvarande,
            RedirectAttributes redirect) {
        utforare();
        Set<String> ikryssade = new HashSet<>(narvarande == null ? List.of() : narvarande);
        List<Narvarodag> dagar = new ArrayList<>();
        for (String ruta : visade == null ? List.<String>of() : visade) {
            String[] delar = ruta.split("\\|", 2);
            try {
                dagar.add(
                        new Narvarodag(UUID.fromString(delar[0]), LocalDate.parse(delar[1]), ikryssade.contains(ruta)));
            } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new Valideringsfel("visad", Texter.text("verkstallighet.fel.okandRuta", ruta));
            }
        }
        verkstalligheter.registreraNarvaro(dagar);
        redirect.addFlashAttribute("meddelande", "narvaro.sparad");
        return "redirect:/narvaro?enhet=" + enhet + "&vecka=" + mandag(vecka);
    }

    private InloggadAnvandare utforare() {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        if (!anvandare.harRoll(Roll.UTFORARE)) {
            throw new AccessDeniedException("verkstallighet.fel.narvaroRegistrerasAvUtforarensPersonal");
        }
        return anvandare;
    }

    private String namn(UUID personId, InloggadAnvandare lasare) {
        return personer.hitta(personId)
                .map(person -> person.skyddsniva().arSkyddad() && !lasare.farSeSkyddadeUppgifter()
                        ? null
                        : person.fornamn() + " " + person.efternamn())
                .orElse(null);
    }

    private LocalDate mandag(String vecka) {
        try {
            LocalDate dag = vecka == null || vecka.isBlank() ? LocalDate.now(clock) : LocalDate.parse(vecka.strip());
            return dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } catch (DateTimeParseException e) {
            throw new Valideringsfel("vecka", "verkstallighet.fel.veckanAngesMedEttDatumAaaaMm");
        }
    }
}
