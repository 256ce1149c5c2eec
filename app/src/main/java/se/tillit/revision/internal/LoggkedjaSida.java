package se.tillit.revision.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.tillit.revision.Loggkedja;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Roll;

/** The auditor checks the access log's chain (issue 18): whole, or broken at a named row. */
@Controller
@RequiredArgsConstructor
class LoggkedjaSida {

    private final Loggkedja kedja;
    private final AktuellAnvandare aktuellAnvandare;

    @GetMapping("/revision/kedja")
    String kontrollera(Model model) {
        if (!aktuellAnvandare.hamta().map(a -> a.harRoll(Roll.REVISOR)).orElse(false)) {
            throw new AccessDeniedException("fel.forRevisorer");
        }
        model.addAttribute("kontroll", kedja.kontrollera());
        return "revision-kedja";
    }
}
