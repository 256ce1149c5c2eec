package se.tillit.sakerhet.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InloggningController {

    @GetMapping(SakerhetKonfiguration.LOGIN_PAGE)
    String login(Authentication authentication, @RequestParam(required = false) String fel,
            @RequestParam(required = false) String utloggad, @RequestParam(required = false) String avslutad,
            Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        // booleans, not the raw parameters: request parameters never reach the template
        model.addAttribute("fel", fel != null);
        model.addAttribute("utloggad", utloggad != null);
        // the account was deactivated or its roles changed while the session lived (KontotsGiltighet)
        model.addAttribute("avslutad", avslutad != null);
        return "login";
    }
}
