package se.tillit.gallring.internal;

import java.util.UUID;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.tillit.fel.Skickat;
import se.tillit.sakerhet.AktuellAnvandare;

/**
 * The system administrator's gallring page (issue 18): the open proposal with every file due and every file kept and
 * why, its approval by one administrator and confirmation by a second, after which the due files are destroyed; where
 * the latest confirmed run's destruction stands, and a retry of the files that failed; the legal holds, and the runs. A
 * step that cannot be taken answers 4xx with the page and its message; nothing is written then.
 */
@Controller
@RequiredArgsConstructor
class GallringSida {

    private final Gallringsforvaltning forvaltning;
    private final AktuellAnvandare aktuellAnvandare;
    private final MessageSource meddelanden;

    @GetMapping("/admin/gallring")
    String sida(Model model) {
        model.addAttribute("oversikt", forvaltning.oversikt());
        model.addAttribute("pagaendeForslag", forvaltning.pagaendeForslag().orElse(null));
        model.addAttribute(
                "jag", aktuellAnvandare.hamta().map(a -> a.anvandarnamn()).orElse(""));
        model.addAttribute("langstaSkal", Gallringsforvaltning.LANGSTA_SKAL);
        return "gallring";
    }

    @PostMapping("/admin/gallring/korningar")
    String korNu(Skickat skickat) {
        return steg(skickat, () -> {
            Gallringsforvaltning.Forslagsstart start = forvaltning.korNu();
            return switch (start.utfall()) {
                case KLAR ->
                    meddelande(
                            "gallring.korning.klar",
                            start.korning().korningsdag(),
                            start.korning().forfallna(),
                            start.korning().undantagna());
                case STARTAD -> meddelande("gallring.korning.startad");
                case PAGAR_REDAN ->
                    meddelande("gallring.korning.pagarRedan", start.pagaende().av());
            };
        });
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/godkannande")
    String godkann(@PathVariable UUID korningId, Skickat skickat) {
        return steg(skickat, () -> forvaltning.godkann(korningId), "gallring.godkand");
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/bekraftelse")
    String bekrafta(@PathVariable UUID korningId, Skickat skickat) {
        return steg(skickat, () -> forvaltning.bekrafta(korningId), "gallring.bekraftad");
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/forstoring")
    String forsokIgen(@PathVariable UUID korningId, Skickat skickat) {
        return steg(skickat, () -> {
            Gallringsforstoring.Sammanfattning gjort = forvaltning.forsokIgen(korningId);
            return meddelande(
                    "gallring.forstoring.igen.klarMedArkiv",
                    gjort.gallrade(),
                    gjort.bevarade(),
                    gjort.levererade(),
                    gjort.misslyckade());
        });
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/avvisning")
    String avvisa(@PathVariable UUID korningId, @RequestParam(required = false) String skal, Skickat skickat) {
        return steg(skickat, () -> forvaltning.avvisa(korningId, skal), "gallring.avvisad");
    }

    @PostMapping("/admin/gallring/stopp")
    String sattStopp(
            @RequestParam(required = false) String personnummer,
            @RequestParam(required = false) String skal,
            Skickat skickat) {
        return steg(skickat, () -> {
            Gallringsforvaltning.Satt satt = forvaltning.sattStopp(personnummer, skal);
            return satt.utanStopp() == null
                    ? meddelande("gallring.stopp.satt")
                    : meddelande("gallring.stopp.sattMedDatum", satt.utanStopp());
        });
    }

    @PostMapping("/admin/gallring/stopp/{stoppId}/havning")
    String havStopp(@PathVariable UUID stoppId, @RequestParam(required = false) String skal, Skickat skickat) {
        return steg(skickat, () -> forvaltning.havStopp(stoppId, skal), "gallring.stopp.havt");
    }

    /** A step whose done text is the message {@code klart}. */
    private String steg(Skickat skickat, Runnable steg, String klart) {
        return steg(skickat, () -> {
            steg.run();
            return meddelande(klart);
        });
    }

    /**
     * The step, which answers with its done text, then back to the page, which shows it; or the page again with the
     * step's message and its 4xx status.
     */
    private String steg(Skickat skickat, Supplier<String> steg) {
        try {
            skickat.redirect().addFlashAttribute("klart", steg.get());
            return "redirect:/admin/gallring";
        } catch (GallringVagrad vagrad) {
            skickat.response().setStatus(vagrad.status().value());
            skickat.model().addAttribute("fel", meddelande(vagrad.meddelande()));
            return sida(skickat.model());
        }
    }

    private String meddelande(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }
}
