package se.tillit.gallring.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
    String korNu(Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return steg(
                () -> {
                    Gallringsforvaltning.Forslagsstart start = forvaltning.korNu();
                    redirect.addFlashAttribute(
                            "klart",
                            switch (start.utfall()) {
                                case KLAR ->
                                    meddelande(
                                            "gallring.korning.klar",
                                            start.korning().korningsdag(),
                                            start.korning().forfallna(),
                                            start.korning().undantagna());
                                case STARTAD -> meddelande("gallring.korning.startad");
                                case PAGAR_REDAN ->
                                    meddelande(
                                            "gallring.korning.pagarRedan",
                                            start.pagaende().av());
                            });
                },
                model,
                response);
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/godkannande")
    String godkann(
            @PathVariable UUID korningId, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return steg(
                () -> {
                    forvaltning.godkann(korningId);
                    redirect.addFlashAttribute("klart", meddelande("gallring.godkand"));
                },
                model,
                response);
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/bekraftelse")
    String bekrafta(
            @PathVariable UUID korningId, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return steg(
                () -> {
                    forvaltning.bekrafta(korningId);
                    redirect.addFlashAttribute("klart", meddelande("gallring.bekraftad"));
                },
                model,
                response);
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/forstoring")
    String forsokIgen(
            @PathVariable UUID korningId, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return steg(
                () -> {
                    Gallringsforstoring.Sammanfattning gjort = forvaltning.forsokIgen(korningId);
                    redirect.addFlashAttribute(
                            "klart",
                            meddelande(
                                    "gallring.forstoring.igen.klarMedArkiv",
                                    gjort.gallrade(),
                                    gjort.bevarade(),
                                    gjort.levererade(),
                                    gjort.misslyckade()));
                },
                model,
                response);
    }

    @PostMapping("/admin/gallring/korningar/{korningId}/avvisning")
    String avvisa(
            @PathVariable UUID korningId,
            @RequestParam(required = false) String skal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return steg(
                () -> {
                    forvaltning.avvisa(korningId, skal);
                    redirect.addFlashAttribute("klart", meddelande("gallring.avvisad"));
                },
                model,
                response);
    }

    @PostMapping("/admin/gallring/stopp")
    String sattStopp(
            @RequestParam(required = false) String personnummer,
            @RequestParam(required = false) String skal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return steg(
                () -> {
                    Gallringsforvaltning.Satt satt = forvaltning.sattStopp(personnummer, skal);
                    redirect.addFlashAttribute(
                            "klart",
                            satt.utanStopp() == null
                                    ? meddelande("gallring.stopp.satt")
                                    : meddelande("gallring.stopp.sattMedDatum", satt.utanStopp()));
                },
                model,
                response);
    }

    @PostMapping("/admin/gallring/stopp/{stoppId}/havning")
    String havStopp(
            @PathVariable UUID stoppId,
            @RequestParam(required = false) String skal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return steg(
                () -> {
                    forvaltning.havStopp(stoppId, skal);
                    redirect.addFlashAttribute("klart", meddelande("gallring.stopp.havt"));
                },
                model,
                response);
    }

    /** The step, then back to the page; or the page again with the step's message and its 4xx status. */
    private String steg(Runnable steg, Model model, HttpServletResponse response) {
        try {
            steg.run();
            return "redirect:/admin/gallring";
        } catch (GallringVagrad vagrad) {
            response.setStatus(vagrad.status().value());
            model.addAttribute("fel", meddelande(vagrad.meddelande()));
            return sida(model);
        }
    }

    private String meddelande(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, LocaleContextHolder.getLocale());
    }
}
