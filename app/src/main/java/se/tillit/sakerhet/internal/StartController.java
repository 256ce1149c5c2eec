package se.tillit.sakerhet.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/** The start page: who is logged in, in which units, with which roles, and where to go from here. */
@Controller
class StartController {

    private final AktuellAnvandare aktuellAnvandare;
    private final AnvandarRepository repository;

    StartController(AktuellAnvandare aktuellAnvandare, AnvandarRepository repository) {
        this.aktuellAnvandare = aktuellAnvandare;
        this.repository = repository;
    }

    record EnhetMedRoller(Enhet enhet, List<Roll> roller) {
    }

    @GetMapping("/")
    String start(Model model) {
        InloggadAnvandare anvandare = aktuellAnvandare.hamta().orElseThrow();
        List<EnhetMedRoller> enheter = repository.enheter(anvandare.rollerPerEnhet().keySet()).stream()
                .map(enhet -> new EnhetMedRoller(enhet,
                        anvandare.rollerPerEnhet().get(enhet.kod()).stream().sorted().toList()))
                .toList();
        model.addAttribute("anvandare", anvandare);
        model.addAttribute("enheter", enheter);
        model.addAttribute("admin", anvandare.harRoll(Roll.ADMIN));
        return "start";
    }
}
