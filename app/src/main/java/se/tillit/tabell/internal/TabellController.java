package se.tillit.tabell.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellmotor.NyVersion;

/**
 * The administrator's page of decision tables: each table's version in use, who deployed it and when, its
 * history, and the upload of a new version. A refused file answers 400 with every problem on the page.
 */
@Controller
class TabellController {

    private final Tabellforvaltning forvaltning;
    private final Problemtext problemtext;

    TabellController(Tabellforvaltning forvaltning, Problemtext problemtext) {
        this.forvaltning = forvaltning;
        this.problemtext = problemtext;
    }

    @GetMapping("/admin/tabeller")
    String tabeller(Model model) {
        model.addAttribute("tabeller", forvaltning.tabeller());
        return "tabeller";
    }

    @PostMapping("/admin/tabeller")
    String driftsatt(@RequestParam(name = "fil", required = false) MultipartFile fil, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            NyVersion ny = forvaltning.driftsatt(fil == null ? null : fil.getOriginalFilename(),
                    fil == null ? new byte[0] : fil.getBytes());
            redirect.addFlashAttribute("driftsatt", ny);
            return "redirect:/admin/tabeller";
        } catch (TabellAvvisad avvisad) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problemtext.texter(avvisad.problem()));
            model.addAttribute("filnamn", Tabellforvaltning.filnamn(fil == null ? null : fil.getOriginalFilename()));
            return tabeller(model);
        }
    }
}
