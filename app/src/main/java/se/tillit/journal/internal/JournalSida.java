package se.tillit.journal.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.arende.Arende;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;
import se.tillit.journal.Anteckningsslag;
import se.tillit.journal.Journalanteckning;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.person.Personvy;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;

/**
 * The journal's pages: a case's journal with the form for a new note ({@code /arenden/{id}/journal}), one note with the
 * form for its correction, and an attachment's download. The unit's handläggare write; its chef and the revisorer
 * read; to anyone else the case does not exist (404). Every page and download is an access-log row. A rejected note
 * shows the page again with the errors next to the fields (400) and nothing saved; the same form submitted twice
 * (a double click) saves one note and says so.
 */
@Controller
@RequiredArgsConstructor
class JournalSida {

    private final JournalTjanst tjanst;
    private final JdbcJournal journal;
    private final Bilagekontroll bilagekontroll;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final MessageSource meddelanden;
    private final Clock clock;

    @GetMapping("/arenden/{id}/journal")
    @Transactional
    String journal(@PathVariable UUID id, Model model) {
        Arende arende = tjanst.forLasning(id);
        return journalsida(arende, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{id}/journal")
    String skriv(
            @PathVariable UUID id,
            @RequestParam Map<String, String> falt,
            @RequestParam(name = "bilagor", required = false) List<MultipartFile> bilagor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Arende arende = tjanst.forSkrivning(id);
        Utfall utfall = spara(arende, null, falt, bilagor, redirect);
        if (utfall.redirect() != null) {
            return utfall.redirect();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return journalsida(arende, model, falt, utfall.fel());
    }

    @GetMapping("/arenden/{id}/journal/{anteckning}")
    @Transactional
    String anteckning(@PathVariable UUID id, @PathVariable UUID anteckning, Model model) {
        Arende arende = tjanst.forLasning(id);
        return anteckningssida(arende, anteckning, model, null, Map.of());
    }

    @PostMapping("/arenden/{id}/journal/{anteckning}/rattelse")
    String rattelse(
            @PathVariable UUID id,
            @PathVariable UUID anteckning,
            @RequestParam Map<String, String> falt,
            @RequestParam(name = "bilagor", required = false) List<MultipartFile> bilagor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Arende arende = tjanst.forSkrivning(id);
        Journalanteckning rattad = journal.anteckning(id, anteckning)
                .orElseThrow(() -> new HittadesInte("journal.fel.anteckningenFinnsInte"));
        Utfall utfall = spara(arende, rattad.id(), falt, bilagor, redirect);
        if (utfall.redirect() != null) {
            return utfall.redirect();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return anteckningssida(arende, anteckning, model, falt, utfall.fel());
    }

    /**
     * The attachment's bytes as stored, with the type detected when it was attached; always as a download
     * ({@code attachment}, and {@code nosniff} so a browser never renders it as something else).
     */
    @GetMapping("/arenden/{id}/journal/{anteckning}/bilagor/{bilaga}")
    @Transactional
    ResponseEntity<byte[]> bilaga(@PathVariable UUID id, @PathVariable UUID anteckning, @PathVariable UUID bilaga) {
        Arende arende = tjanst.forLasning(id);
        journal.anteckning(id, anteckning).orElseThrow(() -> new HittadesInte("journal.fel.anteckningenFinnsInte"));
        JdbcJournal.Bilagefil fil =
                journal.bilaga(anteckning, bilaga).orElseThrow(() -> new HittadesInte("journal.fel.bilaganFinnsInte"));
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Journalbilaga " + bilaga);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(fil.bilaga().innehallstyp()))
                .contentLength(fil.innehall().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fil.bilaga().filnamn(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(fil.innehall());
    }

    /** Where a saved note sends the user, or the errors (their texts by field) of a rejected one. */
    private record Utfall(String redirect, Map<String, String> fel) {}

    /** Saves the note, or says what is wrong. A form whose token already wrote a note saves nothing and says so. */
    private Utfall spara(
            Arende arende,
            UUID rattar,
            Map<String, String> falt,
            List<MultipartFile> filer,
            RedirectAttributes redirect) {
        String tillbaka = "redirect:/arenden/" + arende.id() + "/journal";
        UUID token = uuid(falt.get("token"));
        if (tjanst.redanSparad(token).isPresent()) {
            redirect.addFlashAttribute("meddelande", "journal.redanSparad");
            return new Utfall(tillbaka, null);
        }
        Map<String, String> fel = new LinkedHashMap<>();
        Bilagekontroll.Resultat bilagor = bilagekontroll.kontrollera(filer);
        if (!bilagor.avvisade().isEmpty()) {
            fel.put(
                    "bilagor",
                    bilagor.avvisade().stream()
                            .map(a -> text(a.nyckel(), a.argument()))
                            .collect(Collectors.joining(" ")));
        }
        LocalDate datum = datum(falt.get("handelsedatum"), fel);
        Anteckningsslag slag = slag(falt.get("slag"), fel);
        JournalTjanst.NyAnteckning ny =
                new JournalTjanst.NyAnteckning(datum, slag, falt.get("text"), token, bilagor.godkanda());
        if (fel.isEmpty()) {
            try {
                JournalTjanst.Sparad sparad = tjanst.skriv(arende.id(), rattar, ny);
                redirect.addFlashAttribute(
                        "meddelande",
                        sparad.redanSparad()
                                ? "journal.redanSparad"
                                : rattar == null ? "journal.sparad" : "journal.rattelseSparad");
                return new Utfall(tillbaka, null);
            } catch (Valideringsfel e) {
                e.fel().forEach(f -> fel.putIfAbsent(f.falt(), text(f.orsak())));
            }
        } else {
            tjanst.fel(ny).forEach(f -> fel.putIfAbsent(f.falt(), text(f.orsak())));
        }
        if (bilagor.godkanda().size() + bilagor.avvisade().size() > 0) {
            // a browser cannot fill a file field again: the user chooses the files anew
            fel.merge("bilagor", text("journal.fel.valjFilernaIgen"), (forst, sedan) -> forst + " " + sedan);
        }
        return new Utfall(null, fel);
    }

    private String journalsida(Arende arende, Model model, Map<String, String> varden, Map<String, String> fel) {
        List<Journalanteckning> anteckningar = journal.forArende(arende.id());
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Journalen");
        model.addAttribute("anteckningar", anteckningar);
        model.addAttribute("perId", anteckningar.stream().collect(Collectors.toMap(Journalanteckning::id, a -> a)));
        gemensamt(arende, model, formular(varden, null), fel);
        return "journal";
    }

    private String anteckningssida(
            Arende arende, UUID id, Model model, Map<String, String> varden, Map<String, String> fel) {
        Journalanteckning anteckning = journal.anteckning(arende.id(), id)
                .orElseThrow(() -> new HittadesInte("journal.fel.anteckningenFinnsInte"));
        atkomstlogg.logga(Atkomstlogg.Handling.LAS, arende.id(), arende.personId(), "Journalanteckning " + id);
        Map<UUID, Journalanteckning> perId = new LinkedHashMap<>();
        perId.put(anteckning.id(), anteckning);
        if (anteckning.rattar() != null) {
            journal.anteckning(arende.id(), anteckning.rattar()).ifPresent(a -> perId.put(a.id(), a));
        }
        anteckning.rattadAv().forEach(r -> journal.anteckning(arende.id(), r).ifPresent(a -> perId.put(a.id(), a)));
        model.addAttribute("anteckning", anteckning);
        model.addAttribute("perId", perId);
        gemensamt(arende, model, formular(varden, anteckning), fel);
        return "journalanteckning";
    }

    private void gemensamt(Arende arende, Model model, Map<String, String> varden, Map<String, String> fel) {
        Person person = personer.hitta(arende.personId()).orElseThrow();
        model.addAttribute("arende", arende);
        model.addAttribute("person", Personvy.av(person, aktuellAnvandare));
        model.addAttribute("kanSkriva", tjanst.kanSkriva(arende));
        model.addAttribute("slagen", Anteckningsslag.values());
        model.addAttribute("maxBilagaMb", bilagekontroll.maxBilaga() / (1024 * 1024));
        model.addAttribute("varden", varden);
        model.addAttribute("fel", fel == null ? Map.of() : fel);
    }

    /**
     * The form's values: as submitted after an error (with the same token, so a corrected resubmit still saves one
     * note), else a new form with a new token; a correction starts from the note it corrects.
     */
    private Map<String, String> formular(Map<String, String> inskickat, Journalanteckning rattas) {
        Map<String, String> varden = new LinkedHashMap<>();
        if (inskickat != null && !inskickat.isEmpty()) {
            varden.putAll(inskickat);
            varden.remove("_csrf");
        } else if (rattas != null) {
            varden.put("handelsedatum", rattas.handelsedatum().toString());
            varden.put("slag", rattas.slag().name());
            varden.put("text", rattas.text());
        } else {
            varden.put("handelsedatum", LocalDate.now(clock).toString());
        }
        if (uuid(varden.get("token")) == null) {
            varden.put("token", UUID.randomUUID().toString());
        }
        return varden;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate datum(String text, Map<String, String> fel) {
        if (text == null || text.isBlank()) {
            return null; // the use case names the missing date
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fel.put("handelsedatum", text("journal.fel.datumFormat"));
            return null;
        }
    }

    private Anteckningsslag slag(String text, Map<String, String> fel) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Anteckningsslag.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            fel.put("slag", text("journal.fel.slag"));
            return null;
        }
    }
}
