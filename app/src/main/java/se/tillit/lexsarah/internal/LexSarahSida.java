package se.tillit.lexsarah.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.fel.Skickat;
import se.tillit.fel.Valideringsfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhetsregister;

/**
 * The pages of lex Sarah: the simple form for reporting, the list of the reports the user may read, a report with its
 * history and the ansvarig's steps, and the printable anmälan to IVO. The same use cases as the JSON API; a rejected
 * step shows the page again with the errors (400) and saves nothing.
 */
@Controller
@RequiredArgsConstructor
class LexSarahSida {

    private final LexSarahTjanst tjanst;
    private final LexSarahVy vy;
    private final AktuellAnvandare aktuellAnvandare;
    private final Enhetsregister enheter;

    @GetMapping("/lexsarah/ny")
    String formular(Model model) {
        return nyRapport(model, Map.of(), Map.of());
    }

    @PostMapping("/lexsarah/ny")
    String rapportera(Skickat skickat) {
        Map<String, String> fel = new LinkedHashMap<>();
        LexSarahTjanst.NyRapport ny = new LexSarahTjanst.NyRapport(
                skickat.falt("enhet"),
                typ(skickat.falt("typ"), fel),
                skickat.falt("vadHande"),
                datum(skickat.falt("intraffade"), "intraffade", fel),
                klockslag(skickat.falt("klockslag"), fel),
                skickat.falt("plats"),
                skickat.falt("personnummer"),
                skickat.falt("omedelbaraAtgarder"));
        if (fel.isEmpty()) {
            try {
                LexSarahTjanst.Mottagen mottagen = tjanst.rapportera(ny);
                skickat.redirect().addFlashAttribute("mottagen", mottagen.nummer());
                return "redirect:/lexsarah/" + mottagen.id();
            } catch (Valideringsfel e) {
                e.fel().forEach(f -> fel.putIfAbsent(f.falt(), f.orsak()));
            }
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return nyRapport(skickat.model(), skickat.falt(), fel);
    }

    @GetMapping("/lexsarah")
    String lista(@RequestParam(defaultValue = "false") boolean alla, Model model) {
        model.addAttribute("rapporter", vy.lista(!alla));
        model.addAttribute("alla", alla);
        model.addAttribute("kanRapportera", kanRapportera());
        return "lexsarah-lista";
    }

    @GetMapping("/lexsarah/{id}")
    String rapport(@PathVariable UUID id, Model model) {
        return rapportsida(id, model, Map.of(), Map.of());
    }

    @GetMapping("/lexsarah/{id}/ivo")
    String ivo(@PathVariable UUID id, Model model) {
        model.addAttribute("d", vy.ivoDokument(id));
        return "lexsarah-ivo";
    }

    @PostMapping("/lexsarah/{id}/utredning")
    String utredning(@PathVariable UUID id, Skickat skickat) {
        return steg(
                id,
                skickat,
                "lexsarah.utredning.sparad",
                fel -> () -> tjanst.dokumenteraUtredning(
                        id,
                        new LexSarahTjanst.Utredning(
                                skickat.falt("dokumentation"),
                                skickat.falt("enskildesUppfattning"),
                                skickat.falt("konsekvenser"),
                                skickat.falt("orsaker"))));
    }

    @PostMapping("/lexsarah/{id}/bedomning")
    String bedomning(@PathVariable UUID id, Skickat skickat) {
        String allvarligt = skickat.falt("allvarligt");
        Boolean varde = "true".equals(allvarligt) ? Boolean.TRUE : "false".equals(allvarligt) ? Boolean.FALSE : null;
        return steg(
                id,
                skickat,
                "lexsarah.bedomning.sparad",
                fel -> () -> tjanst.bedom(id, new LexSarahTjanst.Bedomning(varde, skickat.falt("motivering"))));
    }

    @PostMapping("/lexsarah/{id}/atgarder")
    String atgard(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "lexsarah.atgard.sparad", fel -> {
            LexSarahTjanst.Atgard atgard = new LexSarahTjanst.Atgard(
                    skickat.falt("vad"), skickat.falt("vem"), datum(skickat.falt("nar"), "nar", fel));
            return () -> tjanst.registreraAtgard(id, atgard);
        });
    }

    @PostMapping("/lexsarah/{id}/ivo-anmalan")
    String ivoAnmalan(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "lexsarah.ivo.sparad", fel -> {
            LexSarahTjanst.IvoAnmalan anmalan = new LexSarahTjanst.IvoAnmalan(
                    datum(skickat.falt("skickad"), "skickad", fel), skickat.falt("diarienummer"));
            return () -> tjanst.registreraIvoAnmalan(id, anmalan);
        });
    }

    @PostMapping("/lexsarah/{id}/avslut")
    String avsluta(@PathVariable UUID id, Skickat skickat) {
        return steg(id, skickat, "lexsarah.avslutad", fel -> () -> tjanst.avsluta(id));
    }

    /**
     * Reads the step's fields, then runs it unless a field could not be read; a rejected step shows the page again
     * with the errors and 400, and nothing is saved.
     */
    private String steg(UUID id, Skickat skickat, String klart, Function<Map<String, String>, Runnable> tolka) {
        Map<String, String> fel = new LinkedHashMap<>();
        Runnable steg = tolka.apply(fel);
        if (fel.isEmpty()) {
            try {
                steg.run();
                skickat.redirect().addFlashAttribute("meddelande", klart);
                return "redirect:/lexsarah/" + id;
            } catch (Valideringsfel e) {
                e.fel().forEach(f -> fel.putIfAbsent(f.falt(), f.orsak()));
            }
        }
        skickat.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return rapportsida(id, skickat.model(), skickat.falt(), fel);
    }

    private String rapportsida(UUID id, Model model, Map<String, String> varden, Map<String, String> fel) {
        LexSarahVy.Rapport rapport = vy.rapport(id);
        Map<String, String> ifyllt = new LinkedHashMap<>(varden);
        if (rapport.utredning() != null) {
            // a correction starts from the investigation in force
            ifyllt.putIfAbsent("dokumentation", rapport.utredning().dokumentation());
            ifyllt.putIfAbsent("enskildesUppfattning", rapport.utredning().enskildesUppfattning());
            ifyllt.putIfAbsent("konsekvenser", rapport.utredning().konsekvenser());
            ifyllt.putIfAbsent("orsaker", rapport.utredning().orsaker());
        }
        model.addAttribute("r", rapport);
        model.addAttribute("varden", ifyllt);
        model.addAttribute("fel", fel);
        return "lexsarah";
    }

    private String nyRapport(Model model, Map<String, String> varden, Map<String, String> fel) {
        Set<String> mojliga =
                tjanst.rapporterbaraEnheter(aktuellAnvandare.hamta().orElseThrow());
        model.addAttribute(
                "enheter",
                enheter.aktiva().stream().filter(e -> mojliga.contains(e.kod())).toList());
        model.addAttribute("typer", Rapporttyp.values());
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel);
        return "lexsarah-ny";
    }

    private boolean kanRapportera() {
        try {
            return !tjanst.rapporterbaraEnheter(aktuellAnvandare.hamta().orElseThrow())
                    .isEmpty();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    private static Rapporttyp typ(String varde, Map<String, String> fel) {
        try {
            return varde == null || varde.isBlank() ? null : Rapporttyp.valueOf(varde);
        } catch (IllegalArgumentException e) {
            fel.put("typ", "fel.valjEttAvAlternativen");
            return null;
        }
    }

    private static LocalDate datum(String text, String falt, Map<String, String> fel) {
        if (text == null || text.isBlank()) {
            return null; // the use case names the missing date
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.put(falt, "fel.datumSkrivsAaaaMmDd");
            return null;
        }
    }

    private static LocalTime klockslag(String text, Map<String, String> fel) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.put("klockslag", "Klockslag skrivs TT:MM");
            return null;
        }
    }
}
