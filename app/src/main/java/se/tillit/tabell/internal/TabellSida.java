package se.tillit.tabell.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellmotor.NyVersion;

/**
 * The administrator's page of decision tables: each table's version in use, who deployed it and when, its
 * history, and the upload of a new version. A refused file answers 400 with every problem on the page. A legal
 * deadline table's upload waits on the page for a second administrator, who approves (deploys) or rejects it.
 */
@Controller
@RequiredArgsConstructor
class TabellSida {

    private final Tabellforvaltning forvaltning;
    private final Problemtext problemtext;
    private final MessageSource meddelanden;
    private final AktuellAnvandare aktuellAnvandare;

    @GetMapping("/admin/tabeller")
    String tabeller(Model model) {
        model.addAttribute("tabeller", forvaltning.tabeller());
        model.addAttribute("vantande", forvaltning.vantande());
        model.addAttribute("avgjorda", forvaltning.avgjorda());
        model.addAttribute(
                "jag", aktuellAnvandare.hamta().map(a -> a.anvandarnamn()).orElse(""));
        model.addAttribute(
                "fristtabeller", Fristtabeller.NYCKLAR.stream().sorted().toList());
        return "tabeller";
    }

    @PostMapping("/admin/tabeller")
    String driftsatt(
            @RequestParam(name = "fil", required = false) MultipartFile fil,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        try {
            Tabellforvaltning.Uppladdning uppladdning = forvaltning.laddaUpp(
                    fil == null ? null : fil.getOriginalFilename(), fil == null ? new byte[0] : fil.getBytes());
            if (uppladdning.vantar() != null) {
                redirect.addFlashAttribute("vantar", uppladdning.vantar());
            } else {
                redirect.addFlashAttribute("driftsatt", uppladdning.driftsatt());
            }
            return "redirect:/admin/tabeller";
        } catch (TabellAvvisad avvisad) {
            return avvisad(
                    avvisad,
                    Tabellforvaltning.filnamn(fil == null ? null : fil.getOriginalFilename()),
                    model,
                    response);
        }
    }

    @PostMapping("/admin/tabeller/andringar/{id}/godkann")
    String godkann(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            NyVersion ny = forvaltning.godkann(id);
            redirect.addFlashAttribute("driftsatt", ny);
            return "redirect:/admin/tabeller";
        } catch (AndringVagrad vagrad) {
            return vagrad(vagrad, model, response);
        } catch (TabellAvvisad avvisad) {
            return avvisad(avvisad, forvaltning.andring(id).filnamn(), model, response);
        }
    }

    @PostMapping("/admin/tabeller/andringar/{id}/avvisa")
    String avvisa(
            @PathVariable UUID id,
            @RequestParam(required = false) String skal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            redirect.addFlashAttribute("avvisadAndring", forvaltning.avvisa(id, skal));
            return "redirect:/admin/tabeller";
        } catch (AndringVagrad vagrad) {
            return vagrad(vagrad, model, response);
        }
    }

    /** The waiting (or decided) change's file, to read before deciding: a download, never rendered by the browser. */
    @GetMapping("/admin/tabeller/andringar/{id}/fil")
    ResponseEntity<byte[]> fil(@PathVariable UUID id) {
        Tabellandring andring = forvaltning.andring(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(andring.beslutsnyckel() + "-"
                                        + andring.sha256().substring(0, 12) + ".dmn")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(forvaltning.fil(id));
    }

    private String avvisad(TabellAvvisad avvisad, String filnamn, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", problemtext.texter(avvisad.problem()));
        model.addAttribute("filnamn", filnamn);
        return tabeller(model);
    }

    private String vagrad(AndringVagrad vagrad, Model model, HttpServletResponse response) {
        response.setStatus(vagrad.status().value());
        model.addAttribute(
                "andringsfel", meddelanden.getMessage(vagrad.meddelande(), null, LocaleContextHolder.getLocale()));
        return tabeller(model);
    }
}
